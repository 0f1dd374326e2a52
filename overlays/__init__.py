"""Overlays: corrections to Altegio's published OpenAPI bundles, applied before generation.

Each module fixes one quirk of the published documentation and exposes one pure function
``document -> document``. :data:`PIPELINE` is the declared order; ``python -m overlays``
merges the bundles into the index shape and runs the pipeline.
"""

from __future__ import annotations

from ._doc import Document, Overlay
from .auth_requirements import reconcile_auth
from .binary_responses import declare_binary_responses
from .documented_change_filters import declare_documented_change_filters
from .doubled_prefix import collapse_doubled_prefix
from .generator_compat import generator_compat
from .inbound_payloads import lift_inbound_payloads
from .integer_ids import integer_ids
from .membership_type_services import membership_type_counts
from .merge_bundles import merge_bundles
from .no_content_responses import drop_no_content_bodies
from .operation_servers import route_foreign_servers
from .pagination import annotate_pagination
from .schema_names import clean_schema_names
from .strip_header_params import strip_header_params
from .wildcard_bodies import declare_json_bodies

#: The overlays in the order they run. Order matters where noted.
PIPELINE: tuple[Overlay, ...] = (
    lift_inbound_payloads,  # before anything counts operations
    collapse_doubled_prefix,
    route_foreign_servers,
    reconcile_auth,  # reads the Authorization header parameters ...
    strip_header_params,  # ... which this one then removes
    declare_json_bodies,
    declare_documented_change_filters,
    declare_binary_responses,
    drop_no_content_bodies,
    integer_ids,
    membership_type_counts,
    annotate_pagination,  # after integer_ids: page sizes are integers by then
    generator_compat,
    clean_schema_names,  # last: other overlays name components by their published keys
)


def apply_overlays(doc: Document, pipeline: tuple[Overlay, ...] = PIPELINE) -> Document:
    """Run ``pipeline`` over ``doc`` in order and return the result."""
    for overlay in pipeline:
        doc = overlay(doc)
    return doc


__all__ = ["PIPELINE", "Document", "Overlay", "apply_overlays", "merge_bundles"]
