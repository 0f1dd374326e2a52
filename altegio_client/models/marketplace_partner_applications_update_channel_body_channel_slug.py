from typing import Literal

MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug = Literal["sms", "whatsapp"]

MARKETPLACE_PARTNER_APPLICATIONS_UPDATE_CHANNEL_BODY_CHANNEL_SLUG_VALUES: set[
    MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug
] = {
    "sms",
    "whatsapp",
}


def check_marketplace_partner_applications_update_channel_body_channel_slug(
    value: str,
) -> MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug:
    if value in MARKETPLACE_PARTNER_APPLICATIONS_UPDATE_CHANNEL_BODY_CHANNEL_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARKETPLACE_PARTNER_APPLICATIONS_UPDATE_CHANNEL_BODY_CHANNEL_SLUG_VALUES!r}"
    )
