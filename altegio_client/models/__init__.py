"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts_response_data_types import AccountsResponseDataTypes
    from .accounts_response_data_types_data_item import (
        AccountsResponseDataTypesDataItem,
    )
    from .analytics_report_overall_chart_daily_row import (
        AnalyticsReportOverallChartDailyRow,
    )
    from .analytics_report_overall_chart_scalar_item import (
        AnalyticsReportOverallChartScalarItem,
    )
    from .analytics_report_overall_client_stats import AnalyticsReportOverallClientStats
    from .analytics_report_overall_fullness_stats import (
        AnalyticsReportOverallFullnessStats,
    )
    from .analytics_report_overall_record_stats import AnalyticsReportOverallRecordStats
    from .analytics_report_overall_stats import AnalyticsReportOverallStats
    from .analytics_report_overall_sum_stats import AnalyticsReportOverallSumStats
    from .appointment import Appointment
    from .appointment_client import AppointmentClient
    from .appointment_comer_person_info import AppointmentComerPersonInfo
    from .appointment_consumables_item import AppointmentConsumablesItem
    from .appointment_documents_item import AppointmentDocumentsItem
    from .appointment_finance_transactions_item import (
        AppointmentFinanceTransactionsItem,
    )
    from .appointment_finance_transactions_item_client import (
        AppointmentFinanceTransactionsItemClient,
    )
    from .appointment_finance_transactions_item_expense import (
        AppointmentFinanceTransactionsItemExpense,
    )
    from .appointment_list_item import AppointmentListItem
    from .appointment_list_item_client import AppointmentListItemClient
    from .appointment_list_item_documents_item import AppointmentListItemDocumentsItem
    from .appointment_list_item_services_item import AppointmentListItemServicesItem
    from .appointment_record_labels_item import AppointmentRecordLabelsItem
    from .appointment_resource import AppointmentResource
    from .appointment_resource_attributes import AppointmentResourceAttributes
    from .appointment_resource_attributes_attendance import (
        AppointmentResourceAttributesAttendance,
    )
    from .appointment_resource_attributes_attendance_status import (
        AppointmentResourceAttributesAttendanceStatus,
    )
    from .appointment_resource_attributes_attendance_status_slug import (
        AppointmentResourceAttributesAttendanceStatusSlug,
    )
    from .appointment_resource_attributes_paid_full import (
        AppointmentResourceAttributesPaidFull,
    )
    from .appointment_resource_relationships import AppointmentResourceRelationships
    from .appointment_services_item import AppointmentServicesItem
    from .appointment_services_item_company_service_link import (
        AppointmentServicesItemCompanyServiceLink,
    )
    from .appointment_services_item_staff_service_link import (
        AppointmentServicesItemStaffServiceLink,
    )
    from .appointment_staff import AppointmentStaff
    from .appointment_staff_position import AppointmentStaffPosition
    from .assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from .assign_service_to_team_member_response_201 import (
        AssignServiceToTeamMemberResponse201,
    )
    from .attendance_product_item_resource import AttendanceProductItemResource
    from .attendance_product_item_resource_attributes import (
        AttendanceProductItemResourceAttributes,
    )
    from .attendance_product_item_resource_relationships import (
        AttendanceProductItemResourceRelationships,
    )
    from .attendance_service_resource import AttendanceServiceResource
    from .attendance_service_resource_attributes import (
        AttendanceServiceResourceAttributes,
    )
    from .attendance_service_suggestion_resource import (
        AttendanceServiceSuggestionResource,
    )
    from .attendance_service_suggestion_resource_attributes import (
        AttendanceServiceSuggestionResourceAttributes,
    )
    from .attendance_service_suggestion_resource_attributes_suggestion_type import (
        AttendanceServiceSuggestionResourceAttributesSuggestionType,
    )
    from .attendance_service_suggestion_resource_relationships import (
        AttendanceServiceSuggestionResourceRelationships,
    )
    from .auth_request import AuthRequest
    from .auth_response import AuthResponse
    from .auth_response_data import AuthResponseData
    from .autocomplete_products_include_item import AutocompleteProductsIncludeItem
    from .book_check_companyid_request_data_types import (
        BookCheckCompanyidRequestDataTypes,
    )
    from .book_check_companyid_response_201_data_types import (
        BookCheckCompanyidResponse201DataTypes,
    )
    from .book_code_companyid_data_type_response import (
        BookCodeCompanyidDataTypeResponse,
    )
    from .book_code_companyid_data_type_response_meta import (
        BookCodeCompanyidDataTypeResponseMeta,
    )
    from .book_code_companyid_data_types_request import (
        BookCodeCompanyidDataTypesRequest,
    )
    from .book_dates_companyid_data_types import BookDatesCompanyidDataTypes
    from .book_dates_companyid_data_types_data import BookDatesCompanyidDataTypesData
    from .book_dates_companyid_data_types_data_booking_days_type_0 import (
        BookDatesCompanyidDataTypesDataBookingDaysType0,
    )
    from .book_record_companyid_record_request_data_types import (
        BookRecordCompanyidRecordRequestDataTypes,
    )
    from .book_record_companyid_record_response_data_types import (
        BookRecordCompanyidRecordResponseDataTypes,
    )
    from .book_record_companyid_record_response_data_types_data import (
        BookRecordCompanyidRecordResponseDataTypesData,
    )
    from .book_record_companyid_record_response_data_types_data_company import (
        BookRecordCompanyidRecordResponseDataTypesDataCompany,
    )
    from .book_record_companyid_record_response_data_types_data_services_item import (
        BookRecordCompanyidRecordResponseDataTypesDataServicesItem,
    )
    from .book_record_companyid_record_response_data_types_data_staff import (
        BookRecordCompanyidRecordResponseDataTypesDataStaff,
    )
    from .book_record_companyid_recordid_recordhash_response_data_types import (
        BookRecordCompanyidRecordidRecordhashResponseDataTypes,
    )
    from .book_record_companyid_request_data_types import (
        BookRecordCompanyidRequestDataTypes,
    )
    from .book_record_companyid_request_data_types_appointments_item import (
        BookRecordCompanyidRequestDataTypesAppointmentsItem,
    )
    from .book_record_companyid_request_data_types_appointments_item_custom_fields import (
        BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields,
    )
    from .book_record_companyid_response_data_types import (
        BookRecordCompanyidResponseDataTypes,
    )
    from .book_record_companyid_response_data_types_data_item import (
        BookRecordCompanyidResponseDataTypesDataItem,
    )
    from .book_services_companyid_data_types import BookServicesCompanyidDataTypes
    from .book_services_companyid_data_types_data import (
        BookServicesCompanyidDataTypesData,
    )
    from .book_services_companyid_data_types_data_category_item import (
        BookServicesCompanyidDataTypesDataCategoryItem,
    )
    from .book_services_companyid_data_types_data_services_item import (
        BookServicesCompanyidDataTypesDataServicesItem,
    )
    from .book_services_companyid_data_types_data_services_item_composite_details import (
        BookServicesCompanyidDataTypesDataServicesItemCompositeDetails,
    )
    from .book_services_companyid_data_types_data_services_item_prepaid_settings import (
        BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings,
    )
    from .book_staff_companyid_data_types import BookStaffCompanyidDataTypes
    from .book_staff_companyid_data_types_data_item import (
        BookStaffCompanyidDataTypesDataItem,
    )
    from .book_staff_companyid_data_types_data_item_position_type_0 import (
        BookStaffCompanyidDataTypesDataItemPositionType0,
    )
    from .book_staff_companyid_data_types_data_item_user import (
        BookStaffCompanyidDataTypesDataItemUser,
    )
    from .book_staff_seances_companyid_staffid_data_types import (
        BookStaffSeancesCompanyidStaffidDataTypes,
    )
    from .book_staff_seances_companyid_staffid_data_types_data import (
        BookStaffSeancesCompanyidStaffidDataTypesData,
    )
    from .book_times_companyid_data_types import BookTimesCompanyidDataTypes
    from .bookform_create_request import BookformCreateRequest
    from .bookform_create_request_button_position import (
        BookformCreateRequestButtonPosition,
    )
    from .bookform_create_request_form_position import BookformCreateRequestFormPosition
    from .bookform_id_info_data_types import BookformIdInfoDataTypes
    from .bookform_id_info_data_types_data import BookformIdInfoDataTypesData
    from .bookform_id_info_data_types_data_brand import BookformIdInfoDataTypesDataBrand
    from .bookform_id_info_data_types_data_features import (
        BookformIdInfoDataTypesDataFeatures,
    )
    from .bookform_id_info_data_types_data_injection import (
        BookformIdInfoDataTypesDataInjection,
    )
    from .bookform_id_info_data_types_data_langs_item import (
        BookformIdInfoDataTypesDataLangsItem,
    )
    from .bookform_id_info_data_types_data_legal_info import (
        BookformIdInfoDataTypesDataLegalInfo,
    )
    from .bookform_id_info_data_types_data_map import BookformIdInfoDataTypesDataMap
    from .bookform_id_info_data_types_data_staff_name import (
        BookformIdInfoDataTypesDataStaffName,
    )
    from .bookform_id_info_data_types_data_steps_item import (
        BookformIdInfoDataTypesDataStepsItem,
    )
    from .bookform_id_info_data_types_data_style import BookformIdInfoDataTypesDataStyle
    from .bookform_id_info_data_types_data_style_header_background_new_type_1 import (
        BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1,
    )
    from .bookform_settings_response import BookformSettingsResponse
    from .bookform_settings_response_header_images import (
        BookformSettingsResponseHeaderImages,
    )
    from .bookform_update_request import BookformUpdateRequest
    from .bookform_update_request_button_position import (
        BookformUpdateRequestButtonPosition,
    )
    from .booking_auth_response import BookingAuthResponse
    from .booking_form_list_response_data_type import BookingFormListResponseDataType
    from .booking_form_list_response_data_type_meta_type_0 import (
        BookingFormListResponseDataTypeMetaType0,
    )
    from .booking_form_response_data_type import BookingFormResponseDataType
    from .booking_user_get_data_response_data_types import (
        BookingUserGetDataResponseDataTypes,
    )
    from .booking_user_include_item import BookingUserIncludeItem
    from .booking_user_resource import BookingUserResource
    from .booking_user_resource_attributes import BookingUserResourceAttributes
    from .booking_user_resource_relationships import BookingUserResourceRelationships
    from .booking_user_update_info_request_data_types import (
        BookingUserUpdateInfoRequestDataTypes,
    )
    from .booking_user_update_password_request_data_types import (
        BookingUserUpdatePasswordRequestDataTypes,
    )
    from .booking_user_update_password_response_data_types import (
        BookingUserUpdatePasswordResponseDataTypes,
    )
    from .booking_user_update_password_response_data_types_data import (
        BookingUserUpdatePasswordResponseDataTypesData,
    )
    from .bulk_create_clients_body import BulkCreateClientsBody
    from .chain_attendance_statistics_resource import ChainAttendanceStatisticsResource
    from .chain_attendance_statistics_resource_attributes import (
        ChainAttendanceStatisticsResourceAttributes,
    )
    from .chain_loyalty_certificate_types_create_body import (
        ChainLoyaltyCertificateTypesCreateBody,
    )
    from .chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration import (
        ChainLoyaltyCertificateTypesCreateBodyExpiration,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_item_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_create_response_200 import (
        ChainLoyaltyCertificateTypesCreateResponse200,
    )
    from .chain_loyalty_certificate_types_create_response_200_data import (
        ChainLoyaltyCertificateTypesCreateResponse200Data,
    )
    from .chain_loyalty_certificate_types_delete_response_200 import (
        ChainLoyaltyCertificateTypesDeleteResponse200,
    )
    from .chain_loyalty_certificate_types_get_response_200 import (
        ChainLoyaltyCertificateTypesGetResponse200,
    )
    from .chain_loyalty_certificate_types_get_response_200_data import (
        ChainLoyaltyCertificateTypesGetResponse200Data,
    )
    from .chain_loyalty_certificate_types_list_response_200 import (
        ChainLoyaltyCertificateTypesListResponse200,
    )
    from .chain_loyalty_certificate_types_list_response_200_meta import (
        ChainLoyaltyCertificateTypesListResponse200Meta,
    )
    from .chain_loyalty_certificate_types_update_response_200 import (
        ChainLoyaltyCertificateTypesUpdateResponse200,
    )
    from .chain_loyalty_certificate_types_update_response_200_data import (
        ChainLoyaltyCertificateTypesUpdateResponse200Data,
    )
    from .chain_loyalty_membership_type import ChainLoyaltyMembershipType
    from .chain_loyalty_membership_type_availability_item import (
        ChainLoyaltyMembershipTypeAvailabilityItem,
    )
    from .chain_loyalty_membership_type_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_type_balance_container import (
        ChainLoyaltyMembershipTypeBalanceContainer,
    )
    from .chain_loyalty_membership_type_balance_container_links_item import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_type_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_type_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_type_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_type_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_archive_body import (
        ChainLoyaltyMembershipTypesArchiveBody,
    )
    from .chain_loyalty_membership_types_create_body import (
        ChainLoyaltyMembershipTypesCreateBody,
    )
    from .chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_create_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_create_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_create_body_period_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_list_response_200 import (
        ChainLoyaltyMembershipTypesListResponse200,
    )
    from .chain_loyalty_membership_types_list_response_200_meta import (
        ChainLoyaltyMembershipTypesListResponse200Meta,
    )
    from .chain_loyalty_membership_types_read_response_200 import (
        ChainLoyaltyMembershipTypesReadResponse200,
    )
    from .chain_loyalty_membership_types_restore_body import (
        ChainLoyaltyMembershipTypesRestoreBody,
    )
    from .chain_loyalty_membership_types_update_body import (
        ChainLoyaltyMembershipTypesUpdateBody,
    )
    from .chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from .chain_loyalty_memberships_freeze_response_200 import (
        ChainLoyaltyMembershipsFreezeResponse200,
    )
    from .chain_loyalty_memberships_freeze_response_200_data import (
        ChainLoyaltyMembershipsFreezeResponse200Data,
    )
    from .chain_loyalty_memberships_set_balance_body import (
        ChainLoyaltyMembershipsSetBalanceBody,
    )
    from .chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    from .chain_loyalty_memberships_set_balance_response_200 import (
        ChainLoyaltyMembershipsSetBalanceResponse200,
    )
    from .chain_loyalty_memberships_set_balance_response_200_data import (
        ChainLoyaltyMembershipsSetBalanceResponse200Data,
    )
    from .chain_loyalty_memberships_set_balance_response_200_data_balance_container import (
        ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer,
    )
    from .chain_loyalty_memberships_set_period_body import (
        ChainLoyaltyMembershipsSetPeriodBody,
    )
    from .chain_loyalty_memberships_set_period_body_period_unit_id import (
        ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_set_period_response_200 import (
        ChainLoyaltyMembershipsSetPeriodResponse200,
    )
    from .chain_loyalty_memberships_set_period_response_200_data import (
        ChainLoyaltyMembershipsSetPeriodResponse200Data,
    )
    from .chain_loyalty_memberships_unfreeze_body import (
        ChainLoyaltyMembershipsUnfreezeBody,
    )
    from .chain_loyalty_memberships_unfreeze_response_200 import (
        ChainLoyaltyMembershipsUnfreezeResponse200,
    )
    from .chain_loyalty_memberships_unfreeze_response_200_data import (
        ChainLoyaltyMembershipsUnfreezeResponse200Data,
    )
    from .check_memberships_for_event_response_200 import (
        CheckMembershipsForEventResponse200,
    )
    from .check_memberships_for_event_response_200_data import (
        CheckMembershipsForEventResponse200Data,
    )
    from .check_memberships_for_event_response_200_data_attributes import (
        CheckMembershipsForEventResponse200DataAttributes,
    )
    from .cities_response_data_types import CitiesResponseDataTypes
    from .cities_response_data_types_data_item import CitiesResponseDataTypesDataItem
    from .client import Client
    from .client_categories_item import ClientCategoriesItem
    from .client_comment_container import ClientCommentContainer
    from .client_comment_container_type import ClientCommentContainerType
    from .client_comment_file_dto import ClientCommentFileDto
    from .client_event import ClientEvent
    from .client_event_resource import ClientEventResource
    from .client_list_item import ClientListItem
    from .client_list_item_categories_type_1 import ClientListItemCategoriesType1
    from .client_list_item_custom_fields_type_0 import ClientListItemCustomFieldsType0
    from .client_sex_id import ClientSexId
    from .client_visits_history import ClientVisitsHistory
    from .client_visits_history_goods_transaction import (
        ClientVisitsHistoryGoodsTransaction,
    )
    from .client_visits_history_goods_transaction_good import (
        ClientVisitsHistoryGoodsTransactionGood,
    )
    from .client_visits_history_record import ClientVisitsHistoryRecord
    from .client_visits_history_record_service import ClientVisitsHistoryRecordService
    from .client_visits_history_record_service_consumable import (
        ClientVisitsHistoryRecordServiceConsumable,
    )
    from .client_visits_history_record_service_payment_status import (
        ClientVisitsHistoryRecordServicePaymentStatus,
    )
    from .clients_companyid_response_deprecated_data_types import (
        ClientsCompanyidResponseDeprecatedDataTypes,
    )
    from .clients_companyid_response_deprecated_data_types_meta import (
        ClientsCompanyidResponseDeprecatedDataTypesMeta,
    )
    from .clients_files_clientid_reaponse_data_types import (
        ClientsFilesClientidReaponseDataTypes,
    )
    from .clients_files_clientid_reaponse_data_types_data_item import (
        ClientsFilesClientidReaponseDataTypesDataItem,
    )
    from .clients_files_clientid_reaponse_data_types_meta import (
        ClientsFilesClientidReaponseDataTypesMeta,
    )
    from .comer import Comer
    from .comer_slug import ComerSlug
    from .comments_companyid_request_data_types import CommentsCompanyidRequestDataTypes
    from .comments_companyid_ressponse_200_data_types import (
        CommentsCompanyidRessponse200DataTypes,
    )
    from .comments_companyid_ressponse_200_data_types_data_type_1 import (
        CommentsCompanyidRessponse200DataTypesDataType1,
    )
    from .companies_data_types import CompaniesDataTypes
    from .company import Company
    from .company_analytics_loyalty_programs_income_data_types import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypes,
    )
    from .company_analytics_loyalty_programs_income_data_types_data import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData,
    )
    from .company_analytics_loyalty_programs_income_data_types_data_currency import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency,
    )
    from .company_analytics_loyalty_programs_income_data_types_data_income_stats import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats,
    )
    from .company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem,
    )
    from .company_analytics_loyalty_programs_income_data_types_data_income_stats_new import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew,
    )
    from .company_analytics_loyalty_programs_income_data_types_data_income_stats_old import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld,
    )
    from .company_analytics_loyalty_programs_income_data_types_data_income_stats_total import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal,
    )
    from .company_analytics_loyalty_programs_staff_data_types import (
        CompanyAnalyticsLoyaltyProgramsStaffDataTypes,
    )
    from .company_analytics_loyalty_programs_staff_data_types_data_item import (
        CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem,
    )
    from .company_analytics_loyalty_programs_staff_data_types_data_item_client_stats import (
        CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats,
    )
    from .company_analytics_loyalty_programs_staff_data_types_meta import (
        CompanyAnalyticsLoyaltyProgramsStaffDataTypesMeta,
    )
    from .company_analytics_loyalty_programs_visits_data_types import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypes,
    )
    from .company_analytics_loyalty_programs_visits_data_types_data import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData,
    )
    from .company_analytics_loyalty_programs_visits_data_types_data_client_stats import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats,
    )
    from .company_analytics_loyalty_programs_visits_data_types_data_client_stats_new import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsNew,
    )
    from .company_analytics_loyalty_programs_visits_data_types_data_client_stats_old import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsOld,
    )
    from .company_analytics_loyalty_programs_visits_data_types_data_client_stats_total import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsTotal,
    )
    from .company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem,
    )
    from .company_analytics_overall_data_type import CompanyAnalyticsOverallDataType
    from .company_company_id_users_response_data_types import (
        CompanyCompanyIdUsersResponseDataTypes,
    )
    from .company_company_id_users_response_data_types_data_item import (
        CompanyCompanyIdUsersResponseDataTypesDataItem,
    )
    from .company_company_id_users_response_data_types_meta import (
        CompanyCompanyIdUsersResponseDataTypesMeta,
    )
    from .company_companyid_clients_search_request_data_types import (
        CompanyCompanyidClientsSearchRequestDataTypes,
    )
    from .company_companyid_clients_search_request_data_types_filters_item import (
        CompanyCompanyidClientsSearchRequestDataTypesFiltersItem,
    )
    from .company_companyid_clients_search_request_data_types_filters_item_state import (
        CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState,
    )
    from .company_companyid_clients_search_request_data_types_operation import (
        CompanyCompanyidClientsSearchRequestDataTypesOperation,
    )
    from .company_companyid_clients_search_request_data_types_order_by import (
        CompanyCompanyidClientsSearchRequestDataTypesOrderBy,
    )
    from .company_companyid_clients_search_request_data_types_order_by_direction import (
        CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection,
    )
    from .company_companyid_clients_search_response_data_types import (
        CompanyCompanyidClientsSearchResponseDataTypes,
    )
    from .company_companyid_clients_search_response_data_types_data_item import (
        CompanyCompanyidClientsSearchResponseDataTypesDataItem,
    )
    from .company_companyid_clients_search_response_data_types_meta import (
        CompanyCompanyidClientsSearchResponseDataTypesMeta,
    )
    from .company_companyid_service_categories_response_200_data_types import (
        CompanyCompanyidServiceCategoriesResponse200DataTypes,
    )
    from .company_companyid_service_categories_response_200_data_types_data_type_1 import (
        CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1,
    )
    from .company_companyid_service_categories_response_200_data_types_meta_type_0 import (
        CompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0,
    )
    from .company_companyid_services_serviceid_response_200_data_types import (
        CompanyCompanyidServicesServiceidResponse200DataTypes,
    )
    from .company_companyid_services_serviceid_response_200_data_types_data_type_1_item import (
        CompanyCompanyidServicesServiceidResponse200DataTypesDataType1Item,
    )
    from .company_companyid_staff_staffid_response_data_types import (
        CompanyCompanyidStaffStaffidResponseDataTypes,
    )
    from .company_companyid_staff_staffid_response_data_types_deprecated import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecated,
    )
    from .company_companyid_staff_staffid_response_data_types_deprecated_data_item import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
    )
    from .company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages,
    )
    from .company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
    )
    from .company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
    )
    from .company_create_request_data_types import CompanyCreateRequestDataTypes
    from .company_create_response_data_types import CompanyCreateResponseDataTypes
    from .company_create_response_data_types_data import (
        CompanyCreateResponseDataTypesData,
    )
    from .company_get_online_settings_response_data_field_data_types import (
        CompanyGetOnlineSettingsResponseDataFieldDataTypes,
    )
    from .company_get_online_settings_response_data_types import (
        CompanyGetOnlineSettingsResponseDataTypes,
    )
    from .company_get_response_data_types import CompanyGetResponseDataTypes
    from .company_get_timetable_settings_response_data_field_data_types import (
        CompanyGetTimetableSettingsResponseDataFieldDataTypes,
    )
    from .company_get_timetable_settings_response_data_types import (
        CompanyGetTimetableSettingsResponseDataTypes,
    )
    from .company_loyalty_programs_search_data_types import (
        CompanyLoyaltyProgramsSearchDataTypes,
    )
    from .company_loyalty_programs_search_data_types_data_item import (
        CompanyLoyaltyProgramsSearchDataTypesDataItem,
    )
    from .company_loyalty_programs_search_data_types_meta import (
        CompanyLoyaltyProgramsSearchDataTypesMeta,
    )
    from .company_minimal import CompanyMinimal
    from .company_put_request_data_types import CompanyPutRequestDataTypes
    from .company_put_response_data_types import CompanyPutResponseDataTypes
    from .company_put_response_data_types_data import CompanyPutResponseDataTypesData
    from .company_put_response_data_types_data_access import (
        CompanyPutResponseDataTypesDataAccess,
    )
    from .company_salon_id_sale_documentid_response_data_types import (
        CompanySalonIdSaleDocumentidResponseDataTypes,
    )
    from .company_salon_id_sale_documentid_response_data_types_data import (
        CompanySalonIdSaleDocumentidResponseDataTypesData,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_kkm_state import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_payment_methods_item import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataState,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_items_item import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount,
    )
    from .company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense,
    )
    from .company_salonid_sale_documentid_payment_abonements import (
        CompanySalonidSaleDocumentidPaymentAbonements,
    )
    from .company_salonid_sale_documentid_payment_abonements_payment import (
        CompanySalonidSaleDocumentidPaymentAbonementsPayment,
    )
    from .company_salonid_sale_documentid_payment_abonements_payment_method import (
        CompanySalonidSaleDocumentidPaymentAbonementsPaymentMethod,
    )
    from .company_salonid_sale_documentid_payment_account import (
        CompanySalonidSaleDocumentidPaymentAccount,
    )
    from .company_salonid_sale_documentid_payment_account_payment import (
        CompanySalonidSaleDocumentidPaymentAccountPayment,
    )
    from .company_salonid_sale_documentid_payment_account_payment_method import (
        CompanySalonidSaleDocumentidPaymentAccountPaymentMethod,
    )
    from .company_salonid_sale_documentid_payment_certificate import (
        CompanySalonidSaleDocumentidPaymentCertificate,
    )
    from .company_salonid_sale_documentid_payment_certificate_payment import (
        CompanySalonidSaleDocumentidPaymentCertificatePayment,
    )
    from .company_salonid_sale_documentid_payment_certificate_payment_method import (
        CompanySalonidSaleDocumentidPaymentCertificatePaymentMethod,
    )
    from .company_salonid_sale_documentid_payment_deposit import (
        CompanySalonidSaleDocumentidPaymentDeposit,
    )
    from .company_salonid_sale_documentid_payment_deposit_payment import (
        CompanySalonidSaleDocumentidPaymentDepositPayment,
    )
    from .company_salonid_sale_documentid_payment_deposit_payment_method import (
        CompanySalonidSaleDocumentidPaymentDepositPaymentMethod,
    )
    from .company_salonid_sale_documentid_payment_loyalty_card import (
        CompanySalonidSaleDocumentidPaymentLoyaltyCard,
    )
    from .company_salonid_sale_documentid_payment_loyalty_card_payment import (
        CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment,
    )
    from .company_salonid_sale_documentid_payment_loyalty_card_payment_method import (
        CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod,
    )
    from .company_salonid_sale_documentid_payment_loyalty_program import (
        CompanySalonidSaleDocumentidPaymentLoyaltyProgram,
    )
    from .company_salonid_sale_documentid_payment_loyalty_program_payment import (
        CompanySalonidSaleDocumentidPaymentLoyaltyProgramPayment,
    )
    from .company_salonid_sale_documentid_payment_loyalty_program_payment_method import (
        CompanySalonidSaleDocumentidPaymentLoyaltyProgramPaymentMethod,
    )
    from .company_salonid_sale_documentid_payment_referal import (
        CompanySalonidSaleDocumentidPaymentReferal,
    )
    from .company_salonid_sale_documentid_payment_referal_payment import (
        CompanySalonidSaleDocumentidPaymentReferalPayment,
    )
    from .company_salonid_sale_documentid_payment_referal_payment_method import (
        CompanySalonidSaleDocumentidPaymentReferalPaymentMethod,
    )
    from .company_staff_position_list_data_type import CompanyStaffPositionListDataType
    from .company_update_online_settings_data_types import (
        CompanyUpdateOnlineSettingsDataTypes,
    )
    from .company_update_timetable_settings_data_types import (
        CompanyUpdateTimetableSettingsDataTypes,
    )
    from .company_users_deprecated_response_data_types import (
        CompanyUsersDeprecatedResponseDataTypes,
    )
    from .company_users_deprecated_response_data_types_data_item import (
        CompanyUsersDeprecatedResponseDataTypesDataItem,
    )
    from .company_users_deprecated_response_data_types_data_item_access import (
        CompanyUsersDeprecatedResponseDataTypesDataItemAccess,
    )
    from .consumables import Consumables
    from .consumables_consumables_item import ConsumablesConsumablesItem
    from .copy_user_permissions_to_locations_body import (
        CopyUserPermissionsToLocationsBody,
    )
    from .copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )
    from .countries_response_data_types import CountriesResponseDataTypes
    from .countries_response_data_types_data_item import (
        CountriesResponseDataTypesDataItem,
    )
    from .create_client_account_topup_operation_body import (
        CreateClientAccountTopupOperationBody,
    )
    from .create_client_body import CreateClientBody
    from .create_client_body_custom_fields import CreateClientBodyCustomFields
    from .create_client_comment_body import CreateClientCommentBody
    from .create_client_comment_response_201 import CreateClientCommentResponse201
    from .create_event_duplication_strategy_body import (
        CreateEventDuplicationStrategyBody,
    )
    from .create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from .create_loyalty_card_transaction_response_200 import (
        CreateLoyaltyCardTransactionResponse200,
    )
    from .create_position_body import CreatePositionBody
    from .create_position_quick_body import CreatePositionQuickBody
    from .create_position_quick_response_201 import CreatePositionQuickResponse201
    from .create_tag_v2_body import CreateTagV2Body
    from .create_team_member_quick_body import CreateTeamMemberQuickBody
    from .create_team_member_quick_response_201 import CreateTeamMemberQuickResponse201
    from .create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from .create_timetable_client_schedule_response_201 import (
        CreateTimetableClientScheduleResponse201,
    )
    from .create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from .create_timetable_event_schedule_body_original_entity_type import (
        CreateTimetableEventScheduleBodyOriginalEntityType,
    )
    from .create_timetable_event_schedule_response_201 import (
        CreateTimetableEventScheduleResponse201,
    )
    from .create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from .create_timetable_schedule_day_body_day_of_week import (
        CreateTimetableScheduleDayBodyDayOfWeek,
    )
    from .create_timetable_schedule_day_response_201 import (
        CreateTimetableScheduleDayResponse201,
    )
    from .create_user_invitation_body import CreateUserInvitationBody
    from .create_user_invitation_body_invites_item import (
        CreateUserInvitationBodyInvitesItem,
    )
    from .create_user_invitation_body_invites_item_user_role import (
        CreateUserInvitationBodyInvitesItemUserRole,
    )
    from .currency import Currency
    from .custom_field_resource import CustomFieldResource
    from .custom_field_resource_attributes import CustomFieldResourceAttributes
    from .custom_field_resource_attributes_entity_slug import (
        CustomFieldResourceAttributesEntitySlug,
    )
    from .custom_field_resource_attributes_parent_entity_type import (
        CustomFieldResourceAttributesParentEntityType,
    )
    from .custom_field_resource_relationships import CustomFieldResourceRelationships
    from .custom_field_type_resource import CustomFieldTypeResource
    from .custom_field_type_resource_attributes import CustomFieldTypeResourceAttributes
    from .custom_field_ui_option_resource import CustomFieldUiOptionResource
    from .custom_field_ui_option_resource_attributes import (
        CustomFieldUiOptionResourceAttributes,
    )
    from .custom_fields_request_data_type import CustomFieldsRequestDataType
    from .custom_fields_response_data_types import CustomFieldsResponseDataTypes
    from .custom_fields_response_data_types_data_type_1 import (
        CustomFieldsResponseDataTypesDataType1,
    )
    from .custom_fields_response_data_types_data_type_1_custom_field import (
        CustomFieldsResponseDataTypesDataType1CustomField,
    )
    from .custom_fields_response_data_types_data_type_1_custom_field_type import (
        CustomFieldsResponseDataTypesDataType1CustomFieldType,
    )
    from .delete_image_body import DeleteImageBody
    from .delete_timetable_appointment_body import DeleteTimetableAppointmentBody
    from .delivery_status_request_data_types_item import (
        DeliveryStatusRequestDataTypesItem,
    )
    from .deposit_operation_response_data_types import DepositOperationResponseDataTypes
    from .deposit_operation_response_data_types_data import (
        DepositOperationResponseDataTypesData,
    )
    from .deposit_operation_response_data_types_data_deposits_transactions_item import (
        DepositOperationResponseDataTypesDataDepositsTransactionsItem,
    )
    from .deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
        DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
    )
    from .deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
        DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
    )
    from .deposit_operation_response_data_types_data_document import (
        DepositOperationResponseDataTypesDataDocument,
    )
    from .deposit_operation_response_data_types_data_document_salon import (
        DepositOperationResponseDataTypesDataDocumentSalon,
    )
    from .deposit_operation_response_data_types_data_document_type import (
        DepositOperationResponseDataTypesDataDocumentType,
    )
    from .deposit_operation_response_data_types_data_document_user import (
        DepositOperationResponseDataTypesDataDocumentUser,
    )
    from .deposit_operation_response_data_types_data_payment_transactions_item import (
        DepositOperationResponseDataTypesDataPaymentTransactionsItem,
    )
    from .deposit_operation_response_data_types_data_payment_transactions_item_type import (
        DepositOperationResponseDataTypesDataPaymentTransactionsItemType,
    )
    from .deposit_resource import DepositResource
    from .deposit_resource_attributes import DepositResourceAttributes
    from .developers_loyalty_card import DevelopersLoyaltyCard
    from .email_clients_by_filter_request_data_types import (
        EmailClientsByFilterRequestDataTypes,
    )
    from .email_clients_by_id_request_data_types import EmailClientsByIdRequestDataTypes
    from .employment_profile_resource import EmploymentProfileResource
    from .employment_profile_resource_attributes import (
        EmploymentProfileResourceAttributes,
    )
    from .employment_profile_resource_attributes_gender import (
        EmploymentProfileResourceAttributesGender,
    )
    from .entity_type import EntityType
    from .event_appointment_create_request import EventAppointmentCreateRequest
    from .event_appointment_create_request_client import (
        EventAppointmentCreateRequestClient,
    )
    from .event_appointment_create_request_client_agreements import (
        EventAppointmentCreateRequestClientAgreements,
    )
    from .event_appointment_create_request_client_custom_field_values_item import (
        EventAppointmentCreateRequestClientCustomFieldValuesItem,
    )
    from .event_appointment_create_request_client_gender_type_1 import (
        EventAppointmentCreateRequestClientGenderType1,
    )
    from .event_appointment_create_request_client_gender_type_2_type_1 import (
        EventAppointmentCreateRequestClientGenderType2Type1,
    )
    from .event_appointment_create_request_client_gender_type_3_type_1 import (
        EventAppointmentCreateRequestClientGenderType3Type1,
    )
    from .event_appointment_create_request_comer import (
        EventAppointmentCreateRequestComer,
    )
    from .event_appointment_item_response import EventAppointmentItemResponse
    from .event_appointment_reschedule_request import EventAppointmentRescheduleRequest
    from .event_appointment_update_request import EventAppointmentUpdateRequest
    from .event_appointment_update_request_attendance_good_items_item import (
        EventAppointmentUpdateRequestAttendanceGoodItemsItem,
    )
    from .event_appointment_update_request_attendance_good_items_item_operation_unit_type import (
        EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType,
    )
    from .event_appointment_update_request_attendance_service_item import (
        EventAppointmentUpdateRequestAttendanceServiceItem,
    )
    from .event_book_request import EventBookRequest
    from .event_book_response import EventBookResponse
    from .event_book_response_data import EventBookResponseData
    from .event_collection_response import EventCollectionResponse
    from .event_create_request import EventCreateRequest
    from .event_dates_range import EventDatesRange
    from .event_filter import EventFilter
    from .event_filter_code import EventFilterCode
    from .event_filter_data_item import EventFilterDataItem
    from .event_include_item import EventIncludeItem
    from .event_item_response import EventItemResponse
    from .event_request import EventRequest
    from .event_resource import EventResource
    from .event_resource_attributes import EventResourceAttributes
    from .event_resource_attributes_schedule_till import (
        EventResourceAttributesScheduleTill,
    )
    from .event_resource_relationships import EventResourceRelationships
    from .event_response import EventResponse
    from .event_response_data import EventResponseData
    from .event_response_data_duration_details import EventResponseDataDurationDetails
    from .event_response_data_resource_instances_item import (
        EventResponseDataResourceInstancesItem,
    )
    from .event_response_data_service import EventResponseDataService
    from .event_response_data_staff import EventResponseDataStaff
    from .event_search_response import EventSearchResponse
    from .event_search_response_data_item import EventSearchResponseDataItem
    from .event_search_response_data_item_service import (
        EventSearchResponseDataItemService,
    )
    from .event_search_response_data_item_service_category import (
        EventSearchResponseDataItemServiceCategory,
    )
    from .event_search_response_data_item_staff import EventSearchResponseDataItemStaff
    from .event_search_response_data_item_staff_position import (
        EventSearchResponseDataItemStaffPosition,
    )
    from .event_search_response_meta import EventSearchResponseMeta
    from .event_services_response import EventServicesResponse
    from .event_services_response_data_item import EventServicesResponseDataItem
    from .event_services_response_data_item_category import (
        EventServicesResponseDataItemCategory,
    )
    from .event_services_response_data_item_resources_item import (
        EventServicesResponseDataItemResourcesItem,
    )
    from .event_services_response_data_item_staff_item import (
        EventServicesResponseDataItemStaffItem,
    )
    from .event_services_response_meta import EventServicesResponseMeta
    from .event_update_request import EventUpdateRequest
    from .finance_transaction_request_data_types import (
        FinanceTransactionRequestDataTypes,
    )
    from .finance_transaction_response_data_types import (
        FinanceTransactionResponseDataTypes,
    )
    from .finance_transaction_response_data_types_data import (
        FinanceTransactionResponseDataTypesData,
    )
    from .finance_transaction_response_data_types_data_account import (
        FinanceTransactionResponseDataTypesDataAccount,
    )
    from .finance_transaction_response_data_types_data_client import (
        FinanceTransactionResponseDataTypesDataClient,
    )
    from .finance_transaction_response_data_types_data_master import (
        FinanceTransactionResponseDataTypesDataMaster,
    )
    from .finances_operation import FinancesOperation
    from .finances_operation_account import FinancesOperationAccount
    from .finances_operation_client import FinancesOperationClient
    from .finances_operation_event import FinancesOperationEvent
    from .finances_operation_event_resource import FinancesOperationEventResource
    from .finances_operation_expense import FinancesOperationExpense
    from .finances_operation_master import FinancesOperationMaster
    from .finances_operation_record import FinancesOperationRecord
    from .finances_operation_supplier import FinancesOperationSupplier
    from .fiscalization_request_data_types import FiscalizationRequestDataTypes
    from .fiscalization_request_data_types_cashier import (
        FiscalizationRequestDataTypesCashier,
    )
    from .fiscalization_request_data_types_customer import (
        FiscalizationRequestDataTypesCustomer,
    )
    from .fiscalization_request_data_types_payments_item import (
        FiscalizationRequestDataTypesPaymentsItem,
    )
    from .fiscalization_request_data_types_pos import FiscalizationRequestDataTypesPos
    from .fiscalization_request_data_types_positions_item import (
        FiscalizationRequestDataTypesPositionsItem,
    )
    from .fiscalization_request_data_types_type import FiscalizationRequestDataTypesType
    from .generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
    from .get_appointment_calendar_sessions_response_200 import (
        GetAppointmentCalendarSessionsResponse200,
    )
    from .get_attendance_booking_user_response_200 import (
        GetAttendanceBookingUserResponse200,
    )
    from .get_attendance_product_item_include_item import (
        GetAttendanceProductItemIncludeItem,
    )
    from .get_attendance_product_item_response_200 import (
        GetAttendanceProductItemResponse200,
    )
    from .get_booking_user_chain_attendance_statistics_response_200 import (
        GetBookingUserChainAttendanceStatisticsResponse200,
    )
    from .get_booking_user_location_attendance_statistics_response_200 import (
        GetBookingUserLocationAttendanceStatisticsResponse200,
    )
    from .get_chain_client_account_history_response_200 import (
        GetChainClientAccountHistoryResponse200,
    )
    from .get_chain_client_account_history_response_200_data_item import (
        GetChainClientAccountHistoryResponse200DataItem,
    )
    from .get_chain_client_account_history_response_200_data_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
    )
    from .get_chain_client_account_history_response_200_data_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
    )
    from .get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from .get_chain_loyalty_transaction_list_types_item import (
        GetChainLoyaltyTransactionListTypesItem,
    )
    from .get_chain_service_category_list_include import (
        GetChainServiceCategoryListInclude,
    )
    from .get_event_date_range_response_200 import GetEventDateRangeResponse200
    from .get_event_search_filters_response_200 import GetEventSearchFiltersResponse200
    from .get_i18_n_options_response_200 import GetI18nOptionsResponse200
    from .get_location_list_include_item import GetLocationListIncludeItem
    from .get_location_loyalty_program_list_type import (
        GetLocationLoyaltyProgramListType,
    )
    from .get_location_subscription_information_response_200 import (
        GetLocationSubscriptionInformationResponse200,
    )
    from .get_marketplace_integration_status_response_200 import (
        GetMarketplaceIntegrationStatusResponse200,
    )
    from .get_marketplace_integration_status_response_200_data import (
        GetMarketplaceIntegrationStatusResponse200Data,
    )
    from .get_marketplace_integration_status_response_200_data_connection_status import (
        GetMarketplaceIntegrationStatusResponse200DataConnectionStatus,
    )
    from .get_marketplace_integration_status_response_200_data_connection_status_status import (
        GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus,
    )
    from .get_marketplace_integration_status_response_200_data_logs_item import (
        GetMarketplaceIntegrationStatusResponse200DataLogsItem,
    )
    from .get_marketplace_integration_status_response_200_data_payments_item import (
        GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,
    )
    from .get_position_response_200 import GetPositionResponse200
    from .get_product_category_include_item import GetProductCategoryIncludeItem
    from .get_product_category_response_200 import GetProductCategoryResponse200
    from .get_product_v2_include_item import GetProductV2IncludeItem
    from .get_product_v2_response_200 import GetProductV2Response200
    from .get_service_v2_response_200 import GetServiceV2Response200
    from .get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from .get_tag_response_200 import GetTagResponse200
    from .get_tag_response_200_data import GetTagResponse200Data
    from .get_team_member_calculation_schemes_count_response_200 import (
        GetTeamMemberCalculationSchemesCountResponse200,
    )
    from .get_team_member_payroll_calculation_response_200 import (
        GetTeamMemberPayrollCalculationResponse200,
    )
    from .get_team_member_salary_period_response_200 import (
        GetTeamMemberSalaryPeriodResponse200,
    )
    from .get_team_member_salary_schemes_response_200 import (
        GetTeamMemberSalarySchemesResponse200,
    )
    from .get_team_member_schedule_list_include_item import (
        GetTeamMemberScheduleListIncludeItem,
    )
    from .get_team_member_schedule_list_response_200 import (
        GetTeamMemberScheduleListResponse200,
    )
    from .get_team_member_schedule_list_response_200_meta import (
        GetTeamMemberScheduleListResponse200Meta,
    )
    from .get_team_member_schedule_response_200 import GetTeamMemberScheduleResponse200
    from .get_timeslot_settings_response_200 import GetTimeslotSettingsResponse200
    from .get_timeslot_settings_response_200_data import (
        GetTimeslotSettingsResponse200Data,
    )
    from .get_timeslot_settings_response_200_data_dates_settings_item import (
        GetTimeslotSettingsResponse200DataDatesSettingsItem,
    )
    from .get_timeslot_settings_response_200_data_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,
    )
    from .get_timeslot_settings_response_200_data_dates_settings_item_setting_grid_base_type import (
        GetTimeslotSettingsResponse200DataDatesSettingsItemSettingGridBaseType,
    )
    from .get_timeslot_settings_response_200_data_weekdays_settings_item import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
    )
    from .get_timeslot_settings_response_200_data_weekdays_settings_item_setting import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,
    )
    from .get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType,
    )
    from .get_user_permissions_response_200 import GetUserPermissionsResponse200
    from .gift_card import GiftCard
    from .gift_card_status import GiftCardStatus
    from .gift_card_type import GiftCardType
    from .gift_card_type_item_type import GiftCardTypeItemType
    from .good import Good
    from .good_event import GoodEvent
    from .good_event_resource import GoodEventResource
    from .good_event_status import GoodEventStatus
    from .goods_categories_post_put_response_data_types import (
        GoodsCategoriesPostPutResponseDataTypes,
    )
    from .goods_categories_post_put_response_data_types_data import (
        GoodsCategoriesPostPutResponseDataTypesData,
    )
    from .goods_categories_request_data_types import GoodsCategoriesRequestDataTypes
    from .goods_categories_response_200_data_types import (
        GoodsCategoriesResponse200DataTypes,
    )
    from .goods_categories_response_200_data_types_data_item import (
        GoodsCategoriesResponse200DataTypesDataItem,
    )
    from .goods_categories_response_200_data_types_meta_type_0 import (
        GoodsCategoriesResponse200DataTypesMetaType0,
    )
    from .goods_category_node_response_200_data_types import (
        GoodsCategoryNodeResponse200DataTypes,
    )
    from .goods_category_node_response_200_data_types_data import (
        GoodsCategoryNodeResponse200DataTypesData,
    )
    from .goods_company_goods_id_response_200_data_types import (
        GoodsCompanyGoodsIdResponse200DataTypes,
    )
    from .goods_company_request_data_type import GoodsCompanyRequestDataType
    from .goods_company_request_with_rules_data_type import (
        GoodsCompanyRequestWithRulesDataType,
    )
    from .goods_company_request_with_rules_data_type_correction_rules_item import (
        GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
    )
    from .goods_list_response import GoodsListResponse
    from .goods_operation_event import GoodsOperationEvent
    from .goods_operation_event_resource import GoodsOperationEventResource
    from .goods_operations import GoodsOperations
    from .goods_operations_client import GoodsOperationsClient
    from .goods_operations_good import GoodsOperationsGood
    from .goods_operations_unit import GoodsOperationsUnit
    from .goods_search_response_200_data_types import GoodsSearchResponse200DataTypes
    from .goods_search_response_200_data_types_data_item import (
        GoodsSearchResponse200DataTypesDataItem,
    )
    from .goods_search_response_200_data_types_meta import (
        GoodsSearchResponse200DataTypesMeta,
    )
    from .group_groupid_clients_response_data_types import (
        GroupGroupidClientsResponseDataTypes,
    )
    from .group_groupid_clients_response_data_types_data import (
        GroupGroupidClientsResponseDataTypesData,
    )
    from .group_groupid_clients_response_data_types_data_clients_item import (
        GroupGroupidClientsResponseDataTypesDataClientsItem,
    )
    from .groups_response_data_types import GroupsResponseDataTypes
    from .groups_response_data_types_data_item import GroupsResponseDataTypesDataItem
    from .groups_response_data_types_data_item_access import (
        GroupsResponseDataTypesDataItemAccess,
    )
    from .groups_response_data_types_data_item_companies_item import (
        GroupsResponseDataTypesDataItemCompaniesItem,
    )
    from .hooks_settings_response_data_types import HooksSettingsResponseDataTypes
    from .hooks_settings_response_data_types_data import (
        HooksSettingsResponseDataTypesData,
    )
    from .id_and_title import IdAndTitle
    from .image import Image
    from .image_group import ImageGroup
    from .image_group_image_group import ImageGroupImageGroup
    from .include_for_day_item import IncludeForDayItem
    from .include_for_roles_item import IncludeForRolesItem
    from .include_for_schedule_extended_item import IncludeForScheduleExtendedItem
    from .include_for_schedule_item import IncludeForScheduleItem
    from .include_item import IncludeItem
    from .included_resource import IncludedResource
    from .json_object import JsonObject
    from .kkm_transactions_print_response_data_type import (
        KkmTransactionsPrintResponseDataType,
    )
    from .kkm_transactions_print_response_data_type_data import (
        KkmTransactionsPrintResponseDataTypeData,
    )
    from .kkm_transactions_response_data_type import KkmTransactionsResponseDataType
    from .kkm_transactions_response_data_type_data_item import (
        KkmTransactionsResponseDataTypeDataItem,
    )
    from .kkm_transactions_response_data_type_data_item_cashier import (
        KkmTransactionsResponseDataTypeDataItemCashier,
    )
    from .kkm_transactions_response_data_type_data_item_document import (
        KkmTransactionsResponseDataTypeDataItemDocument,
    )
    from .kkm_transactions_response_data_type_data_item_status import (
        KkmTransactionsResponseDataTypeDataItemStatus,
    )
    from .kkm_transactions_response_data_type_data_item_type import (
        KkmTransactionsResponseDataTypeDataItemType,
    )
    from .kkm_transactions_response_data_type_meta import (
        KkmTransactionsResponseDataTypeMeta,
    )
    from .license_option import LicenseOption
    from .list_appointments_response_200 import ListAppointmentsResponse200
    from .list_attendance_appointments_response_200 import (
        ListAttendanceAppointmentsResponse200,
    )
    from .list_attendance_service_suggestions_include_item import (
        ListAttendanceServiceSuggestionsIncludeItem,
    )
    from .list_attendance_service_suggestions_response_200 import (
        ListAttendanceServiceSuggestionsResponse200,
    )
    from .list_attendance_services_response_200 import ListAttendanceServicesResponse200
    from .list_client_comments_response_200 import ListClientCommentsResponse200
    from .list_composite_service_attendance_services_response_200 import (
        ListCompositeServiceAttendanceServicesResponse200,
    )
    from .list_custom_fields_filterentity_slug import ListCustomFieldsFilterentitySlug
    from .list_custom_fields_include_item import ListCustomFieldsIncludeItem
    from .list_custom_fields_response_200 import ListCustomFieldsResponse200
    from .list_events_filtersort import ListEventsFiltersort
    from .list_positions_response_200 import ListPositionsResponse200
    from .list_product_categories_response_200 import ListProductCategoriesResponse200
    from .list_product_storage_amounts_include_item import (
        ListProductStorageAmountsIncludeItem,
    )
    from .list_product_storage_amounts_response_200 import (
        ListProductStorageAmountsResponse200,
    )
    from .list_product_units_response_200 import ListProductUnitsResponse200
    from .list_products_filterrelated_loyalty_entity_slug import (
        ListProductsFilterrelatedLoyaltyEntitySlug,
    )
    from .list_products_include_item import ListProductsIncludeItem
    from .list_products_response_200 import ListProductsResponse200
    from .list_products_response_200_meta import ListProductsResponse200Meta
    from .list_resource_occupations_response_200 import (
        ListResourceOccupationsResponse200,
    )
    from .list_roles_response_200 import ListRolesResponse200
    from .list_service_categories_response_200 import ListServiceCategoriesResponse200
    from .list_services_include_item import ListServicesIncludeItem
    from .list_services_response_200 import ListServicesResponse200
    from .list_tags_entity import ListTagsEntity
    from .list_tags_response_200 import ListTagsResponse200
    from .list_tags_response_200_data_item import ListTagsResponse200DataItem
    from .list_team_members_filterfired import ListTeamMembersFilterfired
    from .list_team_members_include_item import ListTeamMembersIncludeItem
    from .list_team_members_response_200 import ListTeamMembersResponse200
    from .list_timetable_schedule_day_events_response_200 import (
        ListTimetableScheduleDayEventsResponse200,
    )
    from .list_voip_calls_response_200 import ListVoipCallsResponse200
    from .list_voip_calls_response_200_data_item import ListVoipCallsResponse200DataItem
    from .list_voip_calls_response_200_data_item_status import (
        ListVoipCallsResponse200DataItemStatus,
    )
    from .list_voip_calls_response_200_data_item_type import (
        ListVoipCallsResponse200DataItemType,
    )
    from .list_voip_calls_statuses_item import ListVoipCallsStatusesItem
    from .list_voip_calls_types_item import ListVoipCallsTypesItem
    from .location import Location
    from .location_access import LocationAccess
    from .location_attendance_statistics_resource import (
        LocationAttendanceStatisticsResource,
    )
    from .location_attendance_statistics_resource_attributes import (
        LocationAttendanceStatisticsResourceAttributes,
    )
    from .location_bookforms_item import LocationBookformsItem
    from .location_groups import LocationGroups
    from .location_list_item import LocationListItem
    from .location_list_item_booking_widget_promo import (
        LocationListItemBookingWidgetPromo,
    )
    from .location_main_group_type_0 import LocationMainGroupType0
    from .location_payment_policy import LocationPaymentPolicy
    from .location_payment_policy_type import LocationPaymentPolicyType
    from .location_social import LocationSocial
    from .loyalty_abonements_response_data_types import (
        LoyaltyAbonementsResponseDataTypes,
    )
    from .loyalty_abonements_response_data_types_meta import (
        LoyaltyAbonementsResponseDataTypesMeta,
    )
    from .loyalty_abonements_type_search_response_data_types import (
        LoyaltyAbonementsTypeSearchResponseDataTypes,
    )
    from .loyalty_abonements_type_search_response_data_types_data_item import (
        LoyaltyAbonementsTypeSearchResponseDataTypesDataItem,
    )
    from .loyalty_abonements_type_search_response_data_types_meta import (
        LoyaltyAbonementsTypeSearchResponseDataTypesMeta,
    )
    from .loyalty_card import LoyaltyCard
    from .loyalty_card_event import LoyaltyCardEvent
    from .loyalty_card_event_resource import LoyaltyCardEventResource
    from .loyalty_card_type import LoyaltyCardType
    from .loyalty_card_types_response_data_types_item import (
        LoyaltyCardTypesResponseDataTypesItem,
    )
    from .loyalty_card_types_response_data_types_item_salon_group import (
        LoyaltyCardTypesResponseDataTypesItemSalonGroup,
    )
    from .loyalty_cards_request_data_types import LoyaltyCardsRequestDataTypes
    from .loyalty_cards_response_data_types import LoyaltyCardsResponseDataTypes
    from .loyalty_cards_response_data_types_programs_item import (
        LoyaltyCardsResponseDataTypesProgramsItem,
    )
    from .loyalty_cards_response_data_types_programs_item_loyalty_type import (
        LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType,
    )
    from .loyalty_cards_response_data_types_programs_item_rules_item import (
        LoyaltyCardsResponseDataTypesProgramsItemRulesItem,
    )
    from .loyalty_cards_response_data_types_salon_group import (
        LoyaltyCardsResponseDataTypesSalonGroup,
    )
    from .loyalty_cards_response_data_types_type import (
        LoyaltyCardsResponseDataTypesType,
    )
    from .loyalty_certificate_type_search_response_data_types import (
        LoyaltyCertificateTypeSearchResponseDataTypes,
    )
    from .loyalty_certificate_type_search_response_data_types_data_item import (
        LoyaltyCertificateTypeSearchResponseDataTypesDataItem,
    )
    from .loyalty_certificate_type_search_response_data_types_meta import (
        LoyaltyCertificateTypeSearchResponseDataTypesMeta,
    )
    from .loyalty_certificates_response_data_types import (
        LoyaltyCertificatesResponseDataTypes,
    )
    from .loyalty_certificates_response_data_types_meta import (
        LoyaltyCertificatesResponseDataTypesMeta,
    )
    from .loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem
    from .loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from .loyalty_generate_code_200_option import LoyaltyGenerateCode200Option
    from .loyalty_notification_message_template import (
        LoyaltyNotificationMessageTemplate,
    )
    from .loyalty_notification_message_template_message_type import (
        LoyaltyNotificationMessageTemplateMessageType,
    )
    from .loyalty_notification_message_template_request import (
        LoyaltyNotificationMessageTemplateRequest,
    )
    from .loyalty_notification_message_template_request_type import (
        LoyaltyNotificationMessageTemplateRequestType,
    )
    from .loyalty_notification_message_template_type import (
        LoyaltyNotificationMessageTemplateType,
    )
    from .loyalty_program import LoyaltyProgram
    from .loyalty_program_create_request import LoyaltyProgramCreateRequest
    from .loyalty_program_expiration_timeout_unit import (
        LoyaltyProgramExpirationTimeoutUnit,
    )
    from .loyalty_program_good_item_type import LoyaltyProgramGoodItemType
    from .loyalty_program_params_source_type import LoyaltyProgramParamsSourceType
    from .loyalty_program_rule import LoyaltyProgramRule
    from .loyalty_program_rule_request import LoyaltyProgramRuleRequest
    from .loyalty_program_service_item_type import LoyaltyProgramServiceItemType
    from .loyalty_program_type import LoyaltyProgramType
    from .loyalty_program_update_request import LoyaltyProgramUpdateRequest
    from .loyalty_program_value_unit import LoyaltyProgramValueUnit
    from .loyalty_transaction import LoyaltyTransaction
    from .loyalty_transaction_data_item import LoyaltyTransactionDataItem
    from .loyalty_transaction_meta import LoyaltyTransactionMeta
    from .marketplace_notification_payment_callback_body import (
        MarketplaceNotificationPaymentCallbackBody,
    )
    from .marketplace_notification_payment_callback_response_200 import (
        MarketplaceNotificationPaymentCallbackResponse200,
    )
    from .marketplace_notification_payment_callback_response_200_data import (
        MarketplaceNotificationPaymentCallbackResponse200Data,
    )
    from .marketplace_notification_settings_callback_body import (
        MarketplaceNotificationSettingsCallbackBody,
    )
    from .marketplace_notification_settings_redirect_callback_response_200 import (
        MarketplaceNotificationSettingsRedirectCallbackResponse200,
    )
    from .marketplace_partner_application_add_discount_body import (
        MarketplacePartnerApplicationAddDiscountBody,
    )
    from .marketplace_partner_application_payment_link_response_200 import (
        MarketplacePartnerApplicationPaymentLinkResponse200,
    )
    from .marketplace_partner_application_payment_link_response_200_data import (
        MarketplacePartnerApplicationPaymentLinkResponse200Data,
    )
    from .marketplace_partner_applications_tariffs_list_response_200 import (
        MarketplacePartnerApplicationsTariffsListResponse200,
    )
    from .marketplace_partner_applications_tariffs_list_response_200_data_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItem,
    )
    from .marketplace_partner_applications_tariffs_list_response_200_data_item_options_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,
    )
    from .marketplace_partner_applications_update_channel_body import (
        MarketplacePartnerApplicationsUpdateChannelBody,
    )
    from .marketplace_partner_applications_update_channel_body_channel_slug import (
        MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug,
    )
    from .marketplace_webhook_event import MarketplaceWebhookEvent
    from .marketplace_webhook_event_event import MarketplaceWebhookEventEvent
    from .master_record_review_post_request import MasterRecordReviewPostRequest
    from .master_record_review_response_data_types import (
        MasterRecordReviewResponseDataTypes,
    )
    from .master_record_review_response_data_types_data import (
        MasterRecordReviewResponseDataTypesData,
    )
    from .master_record_review_response_data_types_data_agreement_links import (
        MasterRecordReviewResponseDataTypesDataAgreementLinks,
    )
    from .master_record_review_response_data_types_data_company import (
        MasterRecordReviewResponseDataTypesDataCompany,
    )
    from .master_record_review_response_data_types_data_currency import (
        MasterRecordReviewResponseDataTypesDataCurrency,
    )
    from .master_record_review_response_data_types_data_language import (
        MasterRecordReviewResponseDataTypesDataLanguage,
    )
    from .master_record_review_response_data_types_data_master import (
        MasterRecordReviewResponseDataTypesDataMaster,
    )
    from .master_record_review_response_data_types_data_record import (
        MasterRecordReviewResponseDataTypesDataRecord,
    )
    from .master_service_link import MasterServiceLink
    from .master_with_position import MasterWithPosition
    from .membership import Membership
    from .membership_balance_container import MembershipBalanceContainer
    from .membership_balance_container_links_item import (
        MembershipBalanceContainerLinksItem,
    )
    from .membership_balance_container_links_item_category import (
        MembershipBalanceContainerLinksItemCategory,
    )
    from .membership_balance_container_links_item_service import (
        MembershipBalanceContainerLinksItemService,
    )
    from .membership_status import MembershipStatus
    from .membership_type import MembershipType
    from .membership_type_counts import MembershipTypeCounts
    from .notification_settings_notification_types_data_type import (
        NotificationSettingsNotificationTypesDataType,
    )
    from .notification_settings_notification_types_data_type_data_item import (
        NotificationSettingsNotificationTypesDataTypeDataItem,
    )
    from .notification_settings_notification_types_data_type_data_item_channels import (
        NotificationSettingsNotificationTypesDataTypeDataItemChannels,
    )
    from .notification_settings_notification_types_data_type_meta import (
        NotificationSettingsNotificationTypesDataTypeMeta,
    )
    from .notification_settings_users_data_type import NotificationSettingsUsersDataType
    from .notification_settings_users_data_type_data import (
        NotificationSettingsUsersDataTypeData,
    )
    from .notification_settings_users_data_type_data_mode import (
        NotificationSettingsUsersDataTypeDataMode,
    )
    from .notification_settings_users_data_type_data_notification_types_item import (
        NotificationSettingsUsersDataTypeDataNotificationTypesItem,
    )
    from .notification_settings_users_data_type_data_notification_types_item_type import (
        NotificationSettingsUsersDataTypeDataNotificationTypesItemType,
    )
    from .notification_settings_users_request_data_type import (
        NotificationSettingsUsersRequestDataType,
    )
    from .notification_settings_users_request_data_type_notification_types_item import (
        NotificationSettingsUsersRequestDataTypeNotificationTypesItem,
    )
    from .notification_settings_users_request_data_type_notification_types_item_channels import (
        NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
    )
    from .pagination import Pagination
    from .phone_code_auth_request import PhoneCodeAuthRequest
    from .position import Position
    from .position_compact import PositionCompact
    from .position_resource import PositionResource
    from .position_resource_attributes import PositionResourceAttributes
    from .position_services_binding_type import PositionServicesBindingType
    from .print_fiscal_receipt_body import PrintFiscalReceiptBody
    from .product import Product
    from .product_actual_amounts_item import ProductActualAmountsItem
    from .product_category_resource import ProductCategoryResource
    from .product_category_resource_attributes import ProductCategoryResourceAttributes
    from .product_category_resource_relationships import (
        ProductCategoryResourceRelationships,
    )
    from .product_list_item import ProductListItem
    from .product_resource import ProductResource
    from .product_resource_attributes import ProductResourceAttributes
    from .product_resource_relationships import ProductResourceRelationships
    from .product_transaction import ProductTransaction
    from .product_transaction_good import ProductTransactionGood
    from .product_transaction_master import ProductTransactionMaster
    from .product_transaction_service import ProductTransactionService
    from .product_transaction_storage import ProductTransactionStorage
    from .product_transaction_supplier import ProductTransactionSupplier
    from .product_transaction_unit import ProductTransactionUnit
    from .record import Record
    from .record_client import RecordClient
    from .record_companyid_response_201_data_types import (
        RecordCompanyidResponse201DataTypes,
    )
    from .record_companyid_response_201_data_types_data import (
        RecordCompanyidResponse201DataTypesData,
    )
    from .record_companyid_response_201_data_types_data_client import (
        RecordCompanyidResponse201DataTypesDataClient,
    )
    from .record_companyid_response_201_data_types_data_services_item import (
        RecordCompanyidResponse201DataTypesDataServicesItem,
    )
    from .record_companyid_response_201_data_types_data_staff import (
        RecordCompanyidResponse201DataTypesDataStaff,
    )
    from .record_companyid_response_data_types import RecordCompanyidResponseDataTypes
    from .record_event import RecordEvent
    from .record_event_resource import RecordEventResource
    from .record_record_labels_item import RecordRecordLabelsItem
    from .record_services_item import RecordServicesItem
    from .record_staff import RecordStaff
    from .records_companyid_request_data_types_client import (
        RecordsCompanyidRequestDataTypesClient,
    )
    from .records_companyid_request_data_types_custom_fields import (
        RecordsCompanyidRequestDataTypesCustomFields,
    )
    from .records_companyid_request_data_types_services_item import (
        RecordsCompanyidRequestDataTypesServicesItem,
    )
    from .records_companyid_request_data_types_type_0 import (
        RecordsCompanyidRequestDataTypesType0,
    )
    from .records_companyid_request_data_types_type_0_activity_id import (
        RecordsCompanyidRequestDataTypesType0ActivityId,
    )
    from .records_companyid_request_data_types_type_1 import (
        RecordsCompanyidRequestDataTypesType1,
    )
    from .records_companyid_response_data_types import RecordsCompanyidResponseDataTypes
    from .records_companyid_response_data_types_meta import (
        RecordsCompanyidResponseDataTypesMeta,
    )
    from .references_business_group_response_data_types import (
        ReferencesBusinessGroupResponseDataTypes,
    )
    from .references_business_group_response_data_types_data_item import (
        ReferencesBusinessGroupResponseDataTypesDataItem,
    )
    from .references_business_group_response_data_types_data_item_types_item import (
        ReferencesBusinessGroupResponseDataTypesDataItemTypesItem,
    )
    from .references_business_group_response_data_types_meta import (
        ReferencesBusinessGroupResponseDataTypesMeta,
    )
    from .remove_user_from_locations_body import RemoveUserFromLocationsBody
    from .remove_user_from_locations_body_user_company_links_item import (
        RemoveUserFromLocationsBodyUserCompanyLinksItem,
    )
    from .resource_identifier import ResourceIdentifier
    from .resource_instance import ResourceInstance
    from .resource_occupation_resource import ResourceOccupationResource
    from .resource_occupation_resource_attributes import (
        ResourceOccupationResourceAttributes,
    )
    from .resource_occupation_resource_attributes_source_type import (
        ResourceOccupationResourceAttributesSourceType,
    )
    from .resource_occupation_resource_attributes_source_type_slug import (
        ResourceOccupationResourceAttributesSourceTypeSlug,
    )
    from .resources_companyid_data_types import ResourcesCompanyidDataTypes
    from .resources_companyid_data_types_data_item import (
        ResourcesCompanyidDataTypesDataItem,
    )
    from .resources_companyid_data_types_data_item_instances_item import (
        ResourcesCompanyidDataTypesDataItemInstancesItem,
    )
    from .resources_companyid_data_types_meta import ResourcesCompanyidDataTypesMeta
    from .response_data_null_object_type_0 import ResponseDataNullObjectType0
    from .response_meta_count_object import ResponseMetaCountObject
    from .response_meta_date_paginator_object import ResponseMetaDatePaginatorObject
    from .response_meta_date_paginator_object_date_cursor import (
        ResponseMetaDatePaginatorObjectDateCursor,
    )
    from .response_meta_date_paginator_object_date_cursor_current import (
        ResponseMetaDatePaginatorObjectDateCursorCurrent,
    )
    from .response_meta_date_paginator_object_date_cursor_next import (
        ResponseMetaDatePaginatorObjectDateCursorNext,
    )
    from .response_meta_date_paginator_object_date_cursor_previous import (
        ResponseMetaDatePaginatorObjectDateCursorPrevious,
    )
    from .salary_payroll_calculation import SalaryPayrollCalculation
    from .salary_payroll_calculation_container import SalaryPayrollCalculationContainer
    from .salary_payroll_calculation_item_container import (
        SalaryPayrollCalculationItemContainer,
    )
    from .salary_payroll_calculation_item_container_item_type_slug import (
        SalaryPayrollCalculationItemContainerItemTypeSlug,
    )
    from .salary_payroll_calculation_item_discrepancy import (
        SalaryPayrollCalculationItemDiscrepancy,
    )
    from .salary_payroll_calculation_item_discrepancy_reason import (
        SalaryPayrollCalculationItemDiscrepancyReason,
    )
    from .salary_payroll_calculation_item_info_container import (
        SalaryPayrollCalculationItemInfoContainer,
    )
    from .salary_payroll_calculation_item_paid_container import (
        SalaryPayrollCalculationItemPaidContainer,
    )
    from .salary_payroll_calculation_item_target_calculation import (
        SalaryPayrollCalculationItemTargetCalculation,
    )
    from .salary_payroll_calculation_item_target_calculation_type_slug import (
        SalaryPayrollCalculationItemTargetCalculationTypeSlug,
    )
    from .salary_payroll_calculation_item_target_container import (
        SalaryPayrollCalculationItemTargetContainer,
    )
    from .salary_payroll_calculation_item_target_container_target_type_slug import (
        SalaryPayrollCalculationItemTargetContainerTargetTypeSlug,
    )
    from .salary_payroll_calculation_status import SalaryPayrollCalculationStatus
    from .salary_staff_balance import SalaryStaffBalance
    from .salary_staff_calculation import SalaryStaffCalculation
    from .salary_staff_calculation_daily import SalaryStaffCalculationDaily
    from .salary_staff_calculation_daily_payroll_daily_item import (
        SalaryStaffCalculationDailyPayrollDailyItem,
    )
    from .salary_staff_period import SalaryStaffPeriod
    from .salary_staff_period_daily import SalaryStaffPeriodDaily
    from .salary_staff_period_daily_period_calculation_daily_item import (
        SalaryStaffPeriodDailyPeriodCalculationDailyItem,
    )
    from .salary_staff_scheme import SalaryStaffScheme
    from .salary_staff_scheme_salary_scheme import SalaryStaffSchemeSalaryScheme
    from .salary_staff_schemes_count import SalaryStaffSchemesCount
    from .salary_staff_summary import SalaryStaffSummary
    from .salon import Salon
    from .salon_active import SalonActive
    from .salon_event import SalonEvent
    from .salon_event_resource import SalonEventResource
    from .salon_schedule import SalonSchedule
    from .salon_social import SalonSocial
    from .schedule import Schedule
    from .schedule_busy_intervals_item import ScheduleBusyIntervalsItem
    from .schedule_busy_intervals_item_entity_type import (
        ScheduleBusyIntervalsItemEntityType,
    )
    from .schedule_event import ScheduleEvent
    from .schedule_event_resource import ScheduleEventResource
    from .schedule_slots_item import ScheduleSlotsItem
    from .schedule_team_member_update_deprecated_body_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItem,
    )
    from .search_client_visits_body import SearchClientVisitsBody
    from .search_client_visits_body_attendance import SearchClientVisitsBodyAttendance
    from .search_client_visits_body_payment_statuses_item import (
        SearchClientVisitsBodyPaymentStatusesItem,
    )
    from .search_client_visits_response_200 import SearchClientVisitsResponse200
    from .search_memberships_for_event_response_200 import (
        SearchMembershipsForEventResponse200,
    )
    from .search_memberships_for_event_response_200_data_item import (
        SearchMembershipsForEventResponse200DataItem,
    )
    from .search_memberships_for_event_response_200_data_item_attributes import (
        SearchMembershipsForEventResponse200DataItemAttributes,
    )
    from .search_memberships_for_event_response_200_data_item_relationships import (
        SearchMembershipsForEventResponse200DataItemRelationships,
    )
    from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
    )
    from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
    )
    from .search_team_member_calculation_daily_salary_response_200 import (
        SearchTeamMemberCalculationDailySalaryResponse200,
    )
    from .search_team_member_payroll_calculation_response_200 import (
        SearchTeamMemberPayrollCalculationResponse200,
    )
    from .search_team_member_period_daily_salary_response_200 import (
        SearchTeamMemberPeriodDailySalaryResponse200,
    )
    from .search_team_member_period_salary_response_200 import (
        SearchTeamMemberPeriodSalaryResponse200,
    )
    from .service import Service
    from .service_categories_companyid_request_data_types import (
        ServiceCategoriesCompanyidRequestDataTypes,
    )
    from .service_categories_companyid_response_data_types import (
        ServiceCategoriesCompanyidResponseDataTypes,
    )
    from .service_categories_companyid_response_data_types_data import (
        ServiceCategoriesCompanyidResponseDataTypesData,
    )
    from .service_category import ServiceCategory
    from .service_category_event import ServiceCategoryEvent
    from .service_category_event_resource import ServiceCategoryEventResource
    from .service_category_resource import ServiceCategoryResource
    from .service_category_resource_attributes import ServiceCategoryResourceAttributes
    from .service_category_title import ServiceCategoryTitle
    from .service_details import ServiceDetails
    from .service_event import ServiceEvent
    from .service_event_resource import ServiceEventResource
    from .service_list_item import ServiceListItem
    from .service_resource import ServiceResource
    from .service_resource_attributes import ServiceResourceAttributes
    from .service_resource_relationships import ServiceResourceRelationships
    from .service_staff_item import ServiceStaffItem
    from .service_title import ServiceTitle
    from .services_change_companyid_request_data_types import (
        ServicesChangeCompanyidRequestDataTypes,
    )
    from .services_change_companyid_response_data_types import (
        ServicesChangeCompanyidResponseDataTypes,
    )
    from .services_change_companyid_response_data_types_data import (
        ServicesChangeCompanyidResponseDataTypesData,
    )
    from .services_change_companyid_response_data_types_data_staff_item import (
        ServicesChangeCompanyidResponseDataTypesDataStaffItem,
    )
    from .services_companyid_request_data_types import ServicesCompanyidRequestDataTypes
    from .services_companyid_request_data_types_staff_item import (
        ServicesCompanyidRequestDataTypesStaffItem,
    )
    from .services_companyid_response_data_types import (
        ServicesCompanyidResponseDataTypes,
    )
    from .services_companyid_response_data_types_data import (
        ServicesCompanyidResponseDataTypesData,
    )
    from .services_companyid_response_data_types_data_staff_item import (
        ServicesCompanyidResponseDataTypesDataStaffItem,
    )
    from .services_list_response import ServicesListResponse
    from .set_marketplace_notification_short_names_body import (
        SetMarketplaceNotificationShortNamesBody,
    )
    from .set_team_member_schedule_body import SetTeamMemberScheduleBody
    from .set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,
    )
    from .set_team_member_schedule_body_schedules_to_set_item import (
        SetTeamMemberScheduleBodySchedulesToSetItem,
    )
    from .set_team_member_schedule_response_200 import SetTeamMemberScheduleResponse200
    from .set_team_member_schedule_response_200_data_item import (
        SetTeamMemberScheduleResponse200DataItem,
    )
    from .set_team_member_schedule_response_200_data_item_slots_item import (
        SetTeamMemberScheduleResponse200DataItemSlotsItem,
    )
    from .set_team_member_schedule_response_200_meta import (
        SetTeamMemberScheduleResponse200Meta,
    )
    from .slot import Slot
    from .sms_clients_by_filter_request_data_types import (
        SmsClientsByFilterRequestDataTypes,
    )
    from .sms_clients_by_id_request_data_types import SmsClientsByIdRequestDataTypes
    from .sms_clients_by_id_response_data_types import SmsClientsByIdResponseDataTypes
    from .sms_clients_by_id_response_data_types_meta import (
        SmsClientsByIdResponseDataTypesMeta,
    )
    from .staff import Staff
    from .staff_companyid_request_data_types import StaffCompanyidRequestDataTypes
    from .staff_event import StaffEvent
    from .staff_event_resource import StaffEventResource
    from .staff_fired import StaffFired
    from .staff_image_group import StaffImageGroup
    from .staff_list_response import StaffListResponse
    from .staff_position_object import StaffPositionObject
    from .staff_position_type_0 import StaffPositionType0
    from .staff_user import StaffUser
    from .statistics_attributes import StatisticsAttributes
    from .statistics_relationships import StatisticsRelationships
    from .storage_amount_resource import StorageAmountResource
    from .storage_amount_resource_attributes import StorageAmountResourceAttributes
    from .storage_amount_resource_relationships import (
        StorageAmountResourceRelationships,
    )
    from .storage_operation_documents_request_data_types import (
        StorageOperationDocumentsRequestDataTypes,
    )
    from .storage_operation_documents_response_data_types import (
        StorageOperationDocumentsResponseDataTypes,
    )
    from .storage_operation_documents_response_data_types_data import (
        StorageOperationDocumentsResponseDataTypesData,
    )
    from .storage_operation_documents_response_data_types_data_company import (
        StorageOperationDocumentsResponseDataTypesDataCompany,
    )
    from .storage_operation_documents_response_data_types_data_type import (
        StorageOperationDocumentsResponseDataTypesDataType,
    )
    from .storage_operation_documents_response_data_types_data_user import (
        StorageOperationDocumentsResponseDataTypesDataUser,
    )
    from .storage_operation_finance_transaction_response_data_types import (
        StorageOperationFinanceTransactionResponseDataTypes,
    )
    from .storage_operation_finance_transaction_response_data_types_data_item import (
        StorageOperationFinanceTransactionResponseDataTypesDataItem,
    )
    from .storage_operation_finance_transaction_response_data_types_data_item_account import (
        StorageOperationFinanceTransactionResponseDataTypesDataItemAccount,
    )
    from .storage_operation_finance_transaction_response_data_types_data_item_client import (
        StorageOperationFinanceTransactionResponseDataTypesDataItemClient,
    )
    from .storage_operation_good_transaction_request_data_types import (
        StorageOperationGoodTransactionRequestDataTypes,
    )
    from .storage_operation_good_transaction_response_200_data_types import (
        StorageOperationGoodTransactionResponse200DataTypes,
    )
    from .storage_operation_good_transaction_response_200_data_types_data import (
        StorageOperationGoodTransactionResponse200DataTypesData,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_client_type_1 import (
        StorageOperationGoodTransactionResponse200DataTypesDataClientType1,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_good import (
        StorageOperationGoodTransactionResponse200DataTypesDataGood,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type import (
        StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_master_type_1 import (
        StorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_sale_unit import (
        StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_type import (
        StorageOperationGoodTransactionResponse200DataTypesDataType,
    )
    from .storage_operation_good_transaction_response_200_data_types_data_unit import (
        StorageOperationGoodTransactionResponse200DataTypesDataUnit,
    )
    from .storage_operation_good_transaction_response_data_types import (
        StorageOperationGoodTransactionResponseDataTypes,
    )
    from .storage_operation_good_transaction_response_data_types_data_item import (
        StorageOperationGoodTransactionResponseDataTypesDataItem,
    )
    from .storage_operation_good_transaction_response_data_types_meta import (
        StorageOperationGoodTransactionResponseDataTypesMeta,
    )
    from .storage_operation_operation_request_data_types import (
        StorageOperationOperationRequestDataTypes,
    )
    from .storage_operation_operation_response_data_types import (
        StorageOperationOperationResponseDataTypes,
    )
    from .storage_operation_operation_response_data_types_data import (
        StorageOperationOperationResponseDataTypesData,
    )
    from .storage_operation_operation_response_data_types_data_document import (
        StorageOperationOperationResponseDataTypesDataDocument,
    )
    from .storage_operation_operation_response_data_types_data_document_company import (
        StorageOperationOperationResponseDataTypesDataDocumentCompany,
    )
    from .storage_operation_operation_response_data_types_data_document_user import (
        StorageOperationOperationResponseDataTypesDataDocumentUser,
    )
    from .storage_operation_operation_response_data_types_data_transactions_item import (
        StorageOperationOperationResponseDataTypesDataTransactionsItem,
    )
    from .storage_operation_operation_response_data_types_data_transactions_item_unit import (
        StorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
    )
    from .storage_response_data_types import StorageResponseDataTypes
    from .storage_response_data_types_data_item import StorageResponseDataTypesDataItem
    from .storages_transaction_response_data_types import (
        StoragesTransactionResponseDataTypes,
    )
    from .success_response_200 import SuccessResponse200
    from .tag import Tag
    from .tag_attributes import TagAttributes
    from .tag_attributes_entity_type import TagAttributesEntityType
    from .tags_company_entity_response_200_data_types import (
        TagsCompanyEntityResponse200DataTypes,
    )
    from .tags_company_entity_response_200_data_types_data_item import (
        TagsCompanyEntityResponse200DataTypesDataItem,
    )
    from .tags_create_response_200_data_types import TagsCreateResponse200DataTypes
    from .tags_create_response_200_data_types_data import (
        TagsCreateResponse200DataTypesData,
    )
    from .tags_update_request_data_types import TagsUpdateRequestDataTypes
    from .tax_system_response_data_types import TaxSystemResponseDataTypes
    from .tax_system_response_data_types_data_item import (
        TaxSystemResponseDataTypesDataItem,
    )
    from .tax_system_response_data_types_data_item_vats_item import (
        TaxSystemResponseDataTypesDataItemVatsItem,
    )
    from .tax_system_response_data_types_meta import TaxSystemResponseDataTypesMeta
    from .team_member import TeamMember
    from .team_member_list_item import TeamMemberListItem
    from .team_member_position_resource import TeamMemberPositionResource
    from .team_member_position_resource_attributes import (
        TeamMemberPositionResourceAttributes,
    )
    from .team_member_position_resource_attributes_services_binding_type import (
        TeamMemberPositionResourceAttributesServicesBindingType,
    )
    from .team_member_position_type_0 import TeamMemberPositionType0
    from .team_member_resource import TeamMemberResource
    from .team_member_resource_attributes import TeamMemberResourceAttributes
    from .team_member_resource_relationships import TeamMemberResourceRelationships
    from .technological_cards_consumables_response_200_data_types import (
        TechnologicalCardsConsumablesResponse200DataTypes,
    )
    from .technological_cards_consumables_response_200_data_types_data_item import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItem,
    )
    from .technological_cards_consumables_response_200_data_types_data_item_consumables_item import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,
    )
    from .technological_cards_consumables_response_200_data_types_data_item_consumables_item_good import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
    )
    from .technological_cards_consumables_response_200_data_types_data_item_technological_cards_item import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,
    )
    from .technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
    )
    from .technological_cards_consumables_response_200_delete_data_types import (
        TechnologicalCardsConsumablesResponse200DeleteDataTypes,
    )
    from .technological_cards_consumables_response_200_delete_data_types_data_item import (
        TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem,
    )
    from .technological_cards_consumables_response_200_delete_data_types_meta import (
        TechnologicalCardsConsumablesResponse200DeleteDataTypesMeta,
    )
    from .technological_cards_response_200_data_types import (
        TechnologicalCardsResponse200DataTypes,
    )
    from .technological_cards_response_200_data_types_data_type_1 import (
        TechnologicalCardsResponse200DataTypesDataType1,
    )
    from .technological_cards_response_200_data_types_data_type_1_technological_card_items_item import (
        TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem,
    )
    from .timetable_event_schedule import TimetableEventSchedule
    from .timetable_event_schedule_client_schedule import (
        TimetableEventScheduleClientSchedule,
    )
    from .timetable_event_schedule_day import TimetableEventScheduleDay
    from .timetable_event_schedule_day_day_of_week import (
        TimetableEventScheduleDayDayOfWeek,
    )
    from .timetable_event_schedule_event import TimetableEventScheduleEvent
    from .timetable_event_schedule_event_event_entity_type import (
        TimetableEventScheduleEventEventEntityType,
    )
    from .timetable_event_schedule_event_event_status import (
        TimetableEventScheduleEventEventStatus,
    )
    from .timetable_event_schedule_original_entity_type import (
        TimetableEventScheduleOriginalEntityType,
    )
    from .tips_reduce import TipsReduce
    from .tips_reduce_with_full_info import TipsReduceWithFullInfo
    from .tips_setting_response_data_types import TipsSettingResponseDataTypes
    from .tips_setting_response_data_types_data_item import (
        TipsSettingResponseDataTypesDataItem,
    )
    from .tips_setting_response_data_types_data_item_staff import (
        TipsSettingResponseDataTypesDataItemStaff,
    )
    from .tips_setting_response_data_types_data_item_staff_employee import (
        TipsSettingResponseDataTypesDataItemStaffEmployee,
    )
    from .tips_setting_response_data_types_data_item_staff_position import (
        TipsSettingResponseDataTypesDataItemStaffPosition,
    )
    from .tips_setting_response_data_types_data_item_staff_user import (
        TipsSettingResponseDataTypesDataItemStaffUser,
    )
    from .tips_setting_response_data_types_meta import TipsSettingResponseDataTypesMeta
    from .to_many_relationship import ToManyRelationship
    from .to_one_relationship import ToOneRelationship
    from .transaction import Transaction
    from .transaction_account import TransactionAccount
    from .transaction_client import TransactionClient
    from .transaction_companyid_response_data_types import (
        TransactionCompanyidResponseDataTypes,
    )
    from .transaction_expense import TransactionExpense
    from .transaction_master import TransactionMaster
    from .transaction_supplier import TransactionSupplier
    from .unit_resource import UnitResource
    from .unit_resource_attributes import UnitResourceAttributes
    from .unlink_appointment_service_association_body import (
        UnlinkAppointmentServiceAssociationBody,
    )
    from .update_client_body import UpdateClientBody
    from .update_client_body_labels import UpdateClientBodyLabels
    from .update_event_notification_settings_body import (
        UpdateEventNotificationSettingsBody,
    )
    from .update_service_links_body import UpdateServiceLinksBody
    from .update_service_links_body_master_settings_item import (
        UpdateServiceLinksBodyMasterSettingsItem,
    )
    from .update_service_links_body_master_settings_item_price import (
        UpdateServiceLinksBodyMasterSettingsItemPrice,
    )
    from .update_service_links_body_translations_item import (
        UpdateServiceLinksBodyTranslationsItem,
    )
    from .update_service_links_response_200 import UpdateServiceLinksResponse200
    from .update_service_team_member_assignment_body import (
        UpdateServiceTeamMemberAssignmentBody,
    )
    from .update_tag_body import UpdateTagBody
    from .update_tag_body_entity import UpdateTagBodyEntity
    from .update_team_member_schedule_body import UpdateTeamMemberScheduleBody
    from .update_team_member_schedule_body_slots import (
        UpdateTeamMemberScheduleBodySlots,
    )
    from .update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from .update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from .update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from .update_user_permissions_body import UpdateUserPermissionsBody
    from .upload_client_file_body import UploadClientFileBody
    from .upload_image_body import UploadImageBody
    from .upload_image_response_200 import UploadImageResponse200
    from .user_auth_response import UserAuthResponse
    from .user_invite_response_data_types import UserInviteResponseDataTypes
    from .user_invite_response_data_types_meta import UserInviteResponseDataTypesMeta
    from .user_name_avatar import UserNameAvatar
    from .user_permission_option import UserPermissionOption
    from .user_permission_type import UserPermissionType
    from .user_permission_type_slug import UserPermissionTypeSlug
    from .user_permission_value import UserPermissionValue
    from .user_permission_with_children import UserPermissionWithChildren
    from .user_permission_with_children_children_item import (
        UserPermissionWithChildrenChildrenItem,
    )
    from .user_permissions_response_data_types import UserPermissionsResponseDataTypes
    from .user_permissions_response_data_types_data import (
        UserPermissionsResponseDataTypesData,
    )
    from .user_permissions_response_data_types_data_clients import (
        UserPermissionsResponseDataTypesDataClients,
    )
    from .user_permissions_response_data_types_data_comers import (
        UserPermissionsResponseDataTypesDataComers,
    )
    from .user_permissions_response_data_types_data_dashboard import (
        UserPermissionsResponseDataTypesDataDashboard,
    )
    from .user_permissions_response_data_types_data_finances import (
        UserPermissionsResponseDataTypesDataFinances,
    )
    from .user_permissions_response_data_types_data_loyalty import (
        UserPermissionsResponseDataTypesDataLoyalty,
    )
    from .user_permissions_response_data_types_data_notification import (
        UserPermissionsResponseDataTypesDataNotification,
    )
    from .user_permissions_response_data_types_data_online_record import (
        UserPermissionsResponseDataTypesDataOnlineRecord,
    )
    from .user_permissions_response_data_types_data_other import (
        UserPermissionsResponseDataTypesDataOther,
    )
    from .user_permissions_response_data_types_data_record_form import (
        UserPermissionsResponseDataTypesDataRecordForm,
    )
    from .user_permissions_response_data_types_data_security import (
        UserPermissionsResponseDataTypesDataSecurity,
    )
    from .user_permissions_response_data_types_data_settings import (
        UserPermissionsResponseDataTypesDataSettings,
    )
    from .user_permissions_response_data_types_data_storages import (
        UserPermissionsResponseDataTypesDataStorages,
    )
    from .user_permissions_response_data_types_data_timetable import (
        UserPermissionsResponseDataTypesDataTimetable,
    )
    from .user_records_response_data_types import UserRecordsResponseDataTypes
    from .user_records_response_data_types_data_item import (
        UserRecordsResponseDataTypesDataItem,
    )
    from .user_records_response_data_types_data_item_company import (
        UserRecordsResponseDataTypesDataItemCompany,
    )
    from .user_records_response_data_types_data_item_services_item import (
        UserRecordsResponseDataTypesDataItemServicesItem,
    )
    from .user_records_response_data_types_data_item_staff import (
        UserRecordsResponseDataTypesDataItemStaff,
    )
    from .user_records_response_data_types_data_item_staff_position import (
        UserRecordsResponseDataTypesDataItemStaffPosition,
    )
    from .user_role_permissions import UserRolePermissions
    from .user_role_permissions_user_role import UserRolePermissionsUserRole
    from .user_role_with_salon_and_user import UserRoleWithSalonAndUser
    from .user_role_with_salon_and_user_slug import UserRoleWithSalonAndUserSlug
    from .visit_details_data_types import VisitDetailsDataTypes
    from .visit_details_data_types_data import VisitDetailsDataTypesData
    from .visit_details_data_types_data_items_item import (
        VisitDetailsDataTypesDataItemsItem,
    )
    from .visit_details_data_types_data_kkm_transaction_details_container import (
        VisitDetailsDataTypesDataKkmTransactionDetailsContainer,
    )
    from .visit_details_data_types_data_kkm_transaction_details_container_transactions_item import (
        VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem,
    )
    from .visit_details_data_types_data_kkm_transaction_details_container_transactions_item_document import (
        VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,
    )
    from .visit_details_data_types_data_loyalty_transactions_item import (
        VisitDetailsDataTypesDataLoyaltyTransactionsItem,
    )
    from .visit_details_data_types_data_payment_transactions_item import (
        VisitDetailsDataTypesDataPaymentTransactionsItem,
    )
    from .visit_details_data_types_data_payment_transactions_item_client import (
        VisitDetailsDataTypesDataPaymentTransactionsItemClient,
    )
    from .visit_loyalty_apply_response_data_types import (
        VisitLoyaltyApplyResponseDataTypes,
    )
    from .visit_loyalty_apply_response_data_types_items_item import (
        VisitLoyaltyApplyResponseDataTypesItemsItem,
    )
    from .visit_loyalty_apply_response_data_types_kkm_transaction_details_container import (
        VisitLoyaltyApplyResponseDataTypesKkmTransactionDetailsContainer,
    )
    from .visit_loyalty_apply_response_data_types_loyalty_transactions_item import (
        VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem,
    )
    from .visit_loyalty_cancel_response_data_types import (
        VisitLoyaltyCancelResponseDataTypes,
    )
    from .visit_loyalty_cancel_response_data_types_kkm_transaction_details_container import (
        VisitLoyaltyCancelResponseDataTypesKkmTransactionDetailsContainer,
    )
    from .visit_loyalty_referral_request_data_types import (
        VisitLoyaltyReferralRequestDataTypes,
    )
    from .visit_loyalty_request_data_types import VisitLoyaltyRequestDataTypes
    from .visit_loyalty_transaction_reaponse_data_types_item import (
        VisitLoyaltyTransactionReaponseDataTypesItem,
    )
    from .visit_loyalty_transaction_reaponse_data_types_item_program import (
        VisitLoyaltyTransactionReaponseDataTypesItemProgram,
    )
    from .visit_loyalty_transaction_reaponse_data_types_item_type import (
        VisitLoyaltyTransactionReaponseDataTypesItemType,
    )
    from .visit_loyalty_withdrawl_request_data_types import (
        VisitLoyaltyWithdrawlRequestDataTypes,
    )
    from .visits_visitid_data_types import VisitsVisitidDataTypes
    from .visits_visitid_data_types_data import VisitsVisitidDataTypesData
    from .visits_visitid_data_types_data_records_item import (
        VisitsVisitidDataTypesDataRecordsItem,
    )
    from .visits_visitid_data_types_data_records_item_client import (
        VisitsVisitidDataTypesDataRecordsItemClient,
    )
    from .visits_visitid_data_types_data_records_item_documents_item import (
        VisitsVisitidDataTypesDataRecordsItemDocumentsItem,
    )
    from .visits_visitid_data_types_data_records_item_staff import (
        VisitsVisitidDataTypesDataRecordsItemStaff,
    )
    from .visits_visitid_recordid_request_data_types import (
        VisitsVisitidRecordidRequestDataTypes,
    )
    from .visits_visitid_recordid_request_data_types_goods_transactions_item import (
        VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
    )
    from .visits_visitid_recordid_request_data_types_new_transactions_item import (
        VisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
    )
    from .visits_visitid_recordid_request_data_types_services_item import (
        VisitsVisitidRecordidRequestDataTypesServicesItem,
    )
    from .voip_integration_disable_request_data_types import (
        VoipIntegrationDisableRequestDataTypes,
    )
    from .voip_integration_enable_request_data_types import (
        VoipIntegrationEnableRequestDataTypes,
    )
    from .voip_integration_history_request_data_types import (
        VoipIntegrationHistoryRequestDataTypes,
    )
    from .voip_integration_notification_request_data_types import (
        VoipIntegrationNotificationRequestDataTypes,
    )
    from .voip_integration_response_data_types import VoipIntegrationResponseDataTypes
    from .voip_integration_response_data_types_meta import (
        VoipIntegrationResponseDataTypesMeta,
    )
    from .z_report_response_data_types import ZReportResponseDataTypes
    from .z_report_response_data_types_data import ZReportResponseDataTypesData
    from .z_report_response_data_types_data_paids import (
        ZReportResponseDataTypesDataPaids,
    )
    from .z_report_response_data_types_data_paids_accounts_item import (
        ZReportResponseDataTypesDataPaidsAccountsItem,
    )
    from .z_report_response_data_types_data_paids_discount_item import (
        ZReportResponseDataTypesDataPaidsDiscountItem,
    )
    from .z_report_response_data_types_data_paids_total import (
        ZReportResponseDataTypesDataPaidsTotal,
    )
    from .z_report_response_data_types_data_stats import (
        ZReportResponseDataTypesDataStats,
    )
    from .z_report_response_data_types_data_z_data import (
        ZReportResponseDataTypesDataZData,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item import (
        ZReportResponseDataTypesDataZData1481101200Item,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item_masters_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItem,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item_masters_item_others import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem,
    )
    from .z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item_transactions_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItemTransactionsItem,
    )
    from .zero_or_one import ZeroOrOne

_MODULE_OF = {
    "AccountsResponseDataTypes": ".accounts_response_data_types",
    "AccountsResponseDataTypesDataItem": ".accounts_response_data_types_data_item",
    "AnalyticsReportOverallChartDailyRow": ".analytics_report_overall_chart_daily_row",
    "AnalyticsReportOverallChartScalarItem": ".analytics_report_overall_chart_scalar_item",
    "AnalyticsReportOverallClientStats": ".analytics_report_overall_client_stats",
    "AnalyticsReportOverallFullnessStats": ".analytics_report_overall_fullness_stats",
    "AnalyticsReportOverallRecordStats": ".analytics_report_overall_record_stats",
    "AnalyticsReportOverallStats": ".analytics_report_overall_stats",
    "AnalyticsReportOverallSumStats": ".analytics_report_overall_sum_stats",
    "Appointment": ".appointment",
    "AppointmentClient": ".appointment_client",
    "AppointmentComerPersonInfo": ".appointment_comer_person_info",
    "AppointmentConsumablesItem": ".appointment_consumables_item",
    "AppointmentDocumentsItem": ".appointment_documents_item",
    "AppointmentFinanceTransactionsItem": ".appointment_finance_transactions_item",
    "AppointmentFinanceTransactionsItemClient": ".appointment_finance_transactions_item_client",
    "AppointmentFinanceTransactionsItemExpense": ".appointment_finance_transactions_item_expense",
    "AppointmentListItem": ".appointment_list_item",
    "AppointmentListItemClient": ".appointment_list_item_client",
    "AppointmentListItemDocumentsItem": ".appointment_list_item_documents_item",
    "AppointmentListItemServicesItem": ".appointment_list_item_services_item",
    "AppointmentRecordLabelsItem": ".appointment_record_labels_item",
    "AppointmentResource": ".appointment_resource",
    "AppointmentResourceAttributes": ".appointment_resource_attributes",
    "AppointmentResourceAttributesAttendance": ".appointment_resource_attributes_attendance",
    "AppointmentResourceAttributesAttendanceStatus": ".appointment_resource_attributes_attendance_status",
    "AppointmentResourceAttributesAttendanceStatusSlug": ".appointment_resource_attributes_attendance_status_slug",
    "AppointmentResourceAttributesPaidFull": ".appointment_resource_attributes_paid_full",
    "AppointmentResourceRelationships": ".appointment_resource_relationships",
    "AppointmentServicesItem": ".appointment_services_item",
    "AppointmentServicesItemCompanyServiceLink": ".appointment_services_item_company_service_link",
    "AppointmentServicesItemStaffServiceLink": ".appointment_services_item_staff_service_link",
    "AppointmentStaff": ".appointment_staff",
    "AppointmentStaffPosition": ".appointment_staff_position",
    "AssignServiceToTeamMemberBody": ".assign_service_to_team_member_body",
    "AssignServiceToTeamMemberResponse201": ".assign_service_to_team_member_response_201",
    "AttendanceProductItemResource": ".attendance_product_item_resource",
    "AttendanceProductItemResourceAttributes": ".attendance_product_item_resource_attributes",
    "AttendanceProductItemResourceRelationships": ".attendance_product_item_resource_relationships",
    "AttendanceServiceResource": ".attendance_service_resource",
    "AttendanceServiceResourceAttributes": ".attendance_service_resource_attributes",
    "AttendanceServiceSuggestionResource": ".attendance_service_suggestion_resource",
    "AttendanceServiceSuggestionResourceAttributes": ".attendance_service_suggestion_resource_attributes",
    "AttendanceServiceSuggestionResourceAttributesSuggestionType": ".attendance_service_suggestion_resource_attributes_suggestion_type",
    "AttendanceServiceSuggestionResourceRelationships": ".attendance_service_suggestion_resource_relationships",
    "AuthRequest": ".auth_request",
    "AuthResponse": ".auth_response",
    "AuthResponseData": ".auth_response_data",
    "AutocompleteProductsIncludeItem": ".autocomplete_products_include_item",
    "BookCheckCompanyidRequestDataTypes": ".book_check_companyid_request_data_types",
    "BookCheckCompanyidResponse201DataTypes": ".book_check_companyid_response_201_data_types",
    "BookCodeCompanyidDataTypeResponse": ".book_code_companyid_data_type_response",
    "BookCodeCompanyidDataTypeResponseMeta": ".book_code_companyid_data_type_response_meta",
    "BookCodeCompanyidDataTypesRequest": ".book_code_companyid_data_types_request",
    "BookDatesCompanyidDataTypes": ".book_dates_companyid_data_types",
    "BookDatesCompanyidDataTypesData": ".book_dates_companyid_data_types_data",
    "BookDatesCompanyidDataTypesDataBookingDaysType0": ".book_dates_companyid_data_types_data_booking_days_type_0",
    "BookRecordCompanyidRecordRequestDataTypes": ".book_record_companyid_record_request_data_types",
    "BookRecordCompanyidRecordResponseDataTypes": ".book_record_companyid_record_response_data_types",
    "BookRecordCompanyidRecordResponseDataTypesData": ".book_record_companyid_record_response_data_types_data",
    "BookRecordCompanyidRecordResponseDataTypesDataCompany": ".book_record_companyid_record_response_data_types_data_company",
    "BookRecordCompanyidRecordResponseDataTypesDataServicesItem": ".book_record_companyid_record_response_data_types_data_services_item",
    "BookRecordCompanyidRecordResponseDataTypesDataStaff": ".book_record_companyid_record_response_data_types_data_staff",
    "BookRecordCompanyidRecordidRecordhashResponseDataTypes": ".book_record_companyid_recordid_recordhash_response_data_types",
    "BookRecordCompanyidRequestDataTypes": ".book_record_companyid_request_data_types",
    "BookRecordCompanyidRequestDataTypesAppointmentsItem": ".book_record_companyid_request_data_types_appointments_item",
    "BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields": ".book_record_companyid_request_data_types_appointments_item_custom_fields",
    "BookRecordCompanyidResponseDataTypes": ".book_record_companyid_response_data_types",
    "BookRecordCompanyidResponseDataTypesDataItem": ".book_record_companyid_response_data_types_data_item",
    "BookServicesCompanyidDataTypes": ".book_services_companyid_data_types",
    "BookServicesCompanyidDataTypesData": ".book_services_companyid_data_types_data",
    "BookServicesCompanyidDataTypesDataCategoryItem": ".book_services_companyid_data_types_data_category_item",
    "BookServicesCompanyidDataTypesDataServicesItem": ".book_services_companyid_data_types_data_services_item",
    "BookServicesCompanyidDataTypesDataServicesItemCompositeDetails": ".book_services_companyid_data_types_data_services_item_composite_details",
    "BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings": ".book_services_companyid_data_types_data_services_item_prepaid_settings",
    "BookStaffCompanyidDataTypes": ".book_staff_companyid_data_types",
    "BookStaffCompanyidDataTypesDataItem": ".book_staff_companyid_data_types_data_item",
    "BookStaffCompanyidDataTypesDataItemPositionType0": ".book_staff_companyid_data_types_data_item_position_type_0",
    "BookStaffCompanyidDataTypesDataItemUser": ".book_staff_companyid_data_types_data_item_user",
    "BookStaffSeancesCompanyidStaffidDataTypes": ".book_staff_seances_companyid_staffid_data_types",
    "BookStaffSeancesCompanyidStaffidDataTypesData": ".book_staff_seances_companyid_staffid_data_types_data",
    "BookTimesCompanyidDataTypes": ".book_times_companyid_data_types",
    "BookformCreateRequest": ".bookform_create_request",
    "BookformCreateRequestButtonPosition": ".bookform_create_request_button_position",
    "BookformCreateRequestFormPosition": ".bookform_create_request_form_position",
    "BookformIdInfoDataTypes": ".bookform_id_info_data_types",
    "BookformIdInfoDataTypesData": ".bookform_id_info_data_types_data",
    "BookformIdInfoDataTypesDataBrand": ".bookform_id_info_data_types_data_brand",
    "BookformIdInfoDataTypesDataFeatures": ".bookform_id_info_data_types_data_features",
    "BookformIdInfoDataTypesDataInjection": ".bookform_id_info_data_types_data_injection",
    "BookformIdInfoDataTypesDataLangsItem": ".bookform_id_info_data_types_data_langs_item",
    "BookformIdInfoDataTypesDataLegalInfo": ".bookform_id_info_data_types_data_legal_info",
    "BookformIdInfoDataTypesDataMap": ".bookform_id_info_data_types_data_map",
    "BookformIdInfoDataTypesDataStaffName": ".bookform_id_info_data_types_data_staff_name",
    "BookformIdInfoDataTypesDataStepsItem": ".bookform_id_info_data_types_data_steps_item",
    "BookformIdInfoDataTypesDataStyle": ".bookform_id_info_data_types_data_style",
    "BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1": ".bookform_id_info_data_types_data_style_header_background_new_type_1",
    "BookformSettingsResponse": ".bookform_settings_response",
    "BookformSettingsResponseHeaderImages": ".bookform_settings_response_header_images",
    "BookformUpdateRequest": ".bookform_update_request",
    "BookformUpdateRequestButtonPosition": ".bookform_update_request_button_position",
    "BookingAuthResponse": ".booking_auth_response",
    "BookingFormListResponseDataType": ".booking_form_list_response_data_type",
    "BookingFormListResponseDataTypeMetaType0": ".booking_form_list_response_data_type_meta_type_0",
    "BookingFormResponseDataType": ".booking_form_response_data_type",
    "BookingUserGetDataResponseDataTypes": ".booking_user_get_data_response_data_types",
    "BookingUserIncludeItem": ".booking_user_include_item",
    "BookingUserResource": ".booking_user_resource",
    "BookingUserResourceAttributes": ".booking_user_resource_attributes",
    "BookingUserResourceRelationships": ".booking_user_resource_relationships",
    "BookingUserUpdateInfoRequestDataTypes": ".booking_user_update_info_request_data_types",
    "BookingUserUpdatePasswordRequestDataTypes": ".booking_user_update_password_request_data_types",
    "BookingUserUpdatePasswordResponseDataTypes": ".booking_user_update_password_response_data_types",
    "BookingUserUpdatePasswordResponseDataTypesData": ".booking_user_update_password_response_data_types_data",
    "BulkCreateClientsBody": ".bulk_create_clients_body",
    "ChainAttendanceStatisticsResource": ".chain_attendance_statistics_resource",
    "ChainAttendanceStatisticsResourceAttributes": ".chain_attendance_statistics_resource_attributes",
    "ChainLoyaltyCertificateTypesCreateBody": ".chain_loyalty_certificate_types_create_body",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_create_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration": ".chain_loyalty_certificate_types_create_body_expiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId": ".chain_loyalty_certificate_types_create_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId": ".chain_loyalty_certificate_types_create_body_item_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale": ".chain_loyalty_certificate_types_create_body_online_sale",
    "ChainLoyaltyCertificateTypesCreateResponse200": ".chain_loyalty_certificate_types_create_response_200",
    "ChainLoyaltyCertificateTypesCreateResponse200Data": ".chain_loyalty_certificate_types_create_response_200_data",
    "ChainLoyaltyCertificateTypesDeleteResponse200": ".chain_loyalty_certificate_types_delete_response_200",
    "ChainLoyaltyCertificateTypesGetResponse200": ".chain_loyalty_certificate_types_get_response_200",
    "ChainLoyaltyCertificateTypesGetResponse200Data": ".chain_loyalty_certificate_types_get_response_200_data",
    "ChainLoyaltyCertificateTypesListResponse200": ".chain_loyalty_certificate_types_list_response_200",
    "ChainLoyaltyCertificateTypesListResponse200Meta": ".chain_loyalty_certificate_types_list_response_200_meta",
    "ChainLoyaltyCertificateTypesUpdateResponse200": ".chain_loyalty_certificate_types_update_response_200",
    "ChainLoyaltyCertificateTypesUpdateResponse200Data": ".chain_loyalty_certificate_types_update_response_200_data",
    "ChainLoyaltyMembershipType": ".chain_loyalty_membership_type",
    "ChainLoyaltyMembershipTypeAvailabilityItem": ".chain_loyalty_membership_type_availability_item",
    "ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem": ".chain_loyalty_membership_type_availability_item_intervals_item",
    "ChainLoyaltyMembershipTypeBalanceContainer": ".chain_loyalty_membership_type_balance_container",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItem": ".chain_loyalty_membership_type_balance_container_links_item",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory": ".chain_loyalty_membership_type_balance_container_links_item_category",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_type_balance_container_links_item_category_category_type_1",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemService": ".chain_loyalty_membership_type_balance_container_links_item_service",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_type_balance_container_links_item_service_category",
    "ChainLoyaltyMembershipTypesArchiveBody": ".chain_loyalty_membership_types_archive_body",
    "ChainLoyaltyMembershipTypesCreateBody": ".chain_loyalty_membership_types_create_body",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_create_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem": ".chain_loyalty_membership_types_create_body_availability_item",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_create_body_availability_item_intervals_item",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_create_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId": ".chain_loyalty_membership_types_create_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_create_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId": ".chain_loyalty_membership_types_create_body_period_unit_id",
    "ChainLoyaltyMembershipTypesListResponse200": ".chain_loyalty_membership_types_list_response_200",
    "ChainLoyaltyMembershipTypesListResponse200Meta": ".chain_loyalty_membership_types_list_response_200_meta",
    "ChainLoyaltyMembershipTypesReadResponse200": ".chain_loyalty_membership_types_read_response_200",
    "ChainLoyaltyMembershipTypesRestoreBody": ".chain_loyalty_membership_types_restore_body",
    "ChainLoyaltyMembershipTypesUpdateBody": ".chain_loyalty_membership_types_update_body",
    "ChainLoyaltyMembershipsFreezeBody": ".chain_loyalty_memberships_freeze_body",
    "ChainLoyaltyMembershipsFreezeResponse200": ".chain_loyalty_memberships_freeze_response_200",
    "ChainLoyaltyMembershipsFreezeResponse200Data": ".chain_loyalty_memberships_freeze_response_200_data",
    "ChainLoyaltyMembershipsSetBalanceBody": ".chain_loyalty_memberships_set_balance_body",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem": ".chain_loyalty_memberships_set_balance_body_services_balance_count_item",
    "ChainLoyaltyMembershipsSetBalanceResponse200": ".chain_loyalty_memberships_set_balance_response_200",
    "ChainLoyaltyMembershipsSetBalanceResponse200Data": ".chain_loyalty_memberships_set_balance_response_200_data",
    "ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer": ".chain_loyalty_memberships_set_balance_response_200_data_balance_container",
    "ChainLoyaltyMembershipsSetPeriodBody": ".chain_loyalty_memberships_set_period_body",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId": ".chain_loyalty_memberships_set_period_body_period_unit_id",
    "ChainLoyaltyMembershipsSetPeriodResponse200": ".chain_loyalty_memberships_set_period_response_200",
    "ChainLoyaltyMembershipsSetPeriodResponse200Data": ".chain_loyalty_memberships_set_period_response_200_data",
    "ChainLoyaltyMembershipsUnfreezeBody": ".chain_loyalty_memberships_unfreeze_body",
    "ChainLoyaltyMembershipsUnfreezeResponse200": ".chain_loyalty_memberships_unfreeze_response_200",
    "ChainLoyaltyMembershipsUnfreezeResponse200Data": ".chain_loyalty_memberships_unfreeze_response_200_data",
    "CheckMembershipsForEventResponse200": ".check_memberships_for_event_response_200",
    "CheckMembershipsForEventResponse200Data": ".check_memberships_for_event_response_200_data",
    "CheckMembershipsForEventResponse200DataAttributes": ".check_memberships_for_event_response_200_data_attributes",
    "CitiesResponseDataTypes": ".cities_response_data_types",
    "CitiesResponseDataTypesDataItem": ".cities_response_data_types_data_item",
    "Client": ".client",
    "ClientCategoriesItem": ".client_categories_item",
    "ClientCommentContainer": ".client_comment_container",
    "ClientCommentContainerType": ".client_comment_container_type",
    "ClientCommentFileDto": ".client_comment_file_dto",
    "ClientEvent": ".client_event",
    "ClientEventResource": ".client_event_resource",
    "ClientListItem": ".client_list_item",
    "ClientListItemCategoriesType1": ".client_list_item_categories_type_1",
    "ClientListItemCustomFieldsType0": ".client_list_item_custom_fields_type_0",
    "ClientSexId": ".client_sex_id",
    "ClientVisitsHistory": ".client_visits_history",
    "ClientVisitsHistoryGoodsTransaction": ".client_visits_history_goods_transaction",
    "ClientVisitsHistoryGoodsTransactionGood": ".client_visits_history_goods_transaction_good",
    "ClientVisitsHistoryRecord": ".client_visits_history_record",
    "ClientVisitsHistoryRecordService": ".client_visits_history_record_service",
    "ClientVisitsHistoryRecordServiceConsumable": ".client_visits_history_record_service_consumable",
    "ClientVisitsHistoryRecordServicePaymentStatus": ".client_visits_history_record_service_payment_status",
    "ClientsCompanyidResponseDeprecatedDataTypes": ".clients_companyid_response_deprecated_data_types",
    "ClientsCompanyidResponseDeprecatedDataTypesMeta": ".clients_companyid_response_deprecated_data_types_meta",
    "ClientsFilesClientidReaponseDataTypes": ".clients_files_clientid_reaponse_data_types",
    "ClientsFilesClientidReaponseDataTypesDataItem": ".clients_files_clientid_reaponse_data_types_data_item",
    "ClientsFilesClientidReaponseDataTypesMeta": ".clients_files_clientid_reaponse_data_types_meta",
    "Comer": ".comer",
    "ComerSlug": ".comer_slug",
    "CommentsCompanyidRequestDataTypes": ".comments_companyid_request_data_types",
    "CommentsCompanyidRessponse200DataTypes": ".comments_companyid_ressponse_200_data_types",
    "CommentsCompanyidRessponse200DataTypesDataType1": ".comments_companyid_ressponse_200_data_types_data_type_1",
    "CompaniesDataTypes": ".companies_data_types",
    "Company": ".company",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypes": ".company_analytics_loyalty_programs_income_data_types",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData": ".company_analytics_loyalty_programs_income_data_types_data",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency": ".company_analytics_loyalty_programs_income_data_types_data_currency",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats": ".company_analytics_loyalty_programs_income_data_types_data_income_stats",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem": ".company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew": ".company_analytics_loyalty_programs_income_data_types_data_income_stats_new",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld": ".company_analytics_loyalty_programs_income_data_types_data_income_stats_old",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal": ".company_analytics_loyalty_programs_income_data_types_data_income_stats_total",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypes": ".company_analytics_loyalty_programs_staff_data_types",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem": ".company_analytics_loyalty_programs_staff_data_types_data_item",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats": ".company_analytics_loyalty_programs_staff_data_types_data_item_client_stats",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypesMeta": ".company_analytics_loyalty_programs_staff_data_types_meta",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypes": ".company_analytics_loyalty_programs_visits_data_types",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData": ".company_analytics_loyalty_programs_visits_data_types_data",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats": ".company_analytics_loyalty_programs_visits_data_types_data_client_stats",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsNew": ".company_analytics_loyalty_programs_visits_data_types_data_client_stats_new",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsOld": ".company_analytics_loyalty_programs_visits_data_types_data_client_stats_old",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsTotal": ".company_analytics_loyalty_programs_visits_data_types_data_client_stats_total",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem": ".company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item",
    "CompanyAnalyticsOverallDataType": ".company_analytics_overall_data_type",
    "CompanyCompanyIdUsersResponseDataTypes": ".company_company_id_users_response_data_types",
    "CompanyCompanyIdUsersResponseDataTypesDataItem": ".company_company_id_users_response_data_types_data_item",
    "CompanyCompanyIdUsersResponseDataTypesMeta": ".company_company_id_users_response_data_types_meta",
    "CompanyCompanyidClientsSearchRequestDataTypes": ".company_companyid_clients_search_request_data_types",
    "CompanyCompanyidClientsSearchRequestDataTypesFiltersItem": ".company_companyid_clients_search_request_data_types_filters_item",
    "CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState": ".company_companyid_clients_search_request_data_types_filters_item_state",
    "CompanyCompanyidClientsSearchRequestDataTypesOperation": ".company_companyid_clients_search_request_data_types_operation",
    "CompanyCompanyidClientsSearchRequestDataTypesOrderBy": ".company_companyid_clients_search_request_data_types_order_by",
    "CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection": ".company_companyid_clients_search_request_data_types_order_by_direction",
    "CompanyCompanyidClientsSearchResponseDataTypes": ".company_companyid_clients_search_response_data_types",
    "CompanyCompanyidClientsSearchResponseDataTypesDataItem": ".company_companyid_clients_search_response_data_types_data_item",
    "CompanyCompanyidClientsSearchResponseDataTypesMeta": ".company_companyid_clients_search_response_data_types_meta",
    "CompanyCompanyidServiceCategoriesResponse200DataTypes": ".company_companyid_service_categories_response_200_data_types",
    "CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1": ".company_companyid_service_categories_response_200_data_types_data_type_1",
    "CompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0": ".company_companyid_service_categories_response_200_data_types_meta_type_0",
    "CompanyCompanyidServicesServiceidResponse200DataTypes": ".company_companyid_services_serviceid_response_200_data_types",
    "CompanyCompanyidServicesServiceidResponse200DataTypesDataType1Item": ".company_companyid_services_serviceid_response_200_data_types_data_type_1_item",
    "CompanyCompanyidStaffStaffidResponseDataTypes": ".company_companyid_staff_staffid_response_data_types",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecated": ".company_companyid_staff_staffid_response_data_types_deprecated",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem": ".company_companyid_staff_staffid_response_data_types_deprecated_data_item",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages": ".company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm": ".company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0": ".company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0",
    "CompanyCreateRequestDataTypes": ".company_create_request_data_types",
    "CompanyCreateResponseDataTypes": ".company_create_response_data_types",
    "CompanyCreateResponseDataTypesData": ".company_create_response_data_types_data",
    "CompanyGetOnlineSettingsResponseDataFieldDataTypes": ".company_get_online_settings_response_data_field_data_types",
    "CompanyGetOnlineSettingsResponseDataTypes": ".company_get_online_settings_response_data_types",
    "CompanyGetResponseDataTypes": ".company_get_response_data_types",
    "CompanyGetTimetableSettingsResponseDataFieldDataTypes": ".company_get_timetable_settings_response_data_field_data_types",
    "CompanyGetTimetableSettingsResponseDataTypes": ".company_get_timetable_settings_response_data_types",
    "CompanyLoyaltyProgramsSearchDataTypes": ".company_loyalty_programs_search_data_types",
    "CompanyLoyaltyProgramsSearchDataTypesDataItem": ".company_loyalty_programs_search_data_types_data_item",
    "CompanyLoyaltyProgramsSearchDataTypesMeta": ".company_loyalty_programs_search_data_types_meta",
    "CompanyMinimal": ".company_minimal",
    "CompanyPutRequestDataTypes": ".company_put_request_data_types",
    "CompanyPutResponseDataTypes": ".company_put_response_data_types",
    "CompanyPutResponseDataTypesData": ".company_put_response_data_types_data",
    "CompanyPutResponseDataTypesDataAccess": ".company_put_response_data_types_data_access",
    "CompanySalonIdSaleDocumentidResponseDataTypes": ".company_salon_id_sale_documentid_response_data_types",
    "CompanySalonIdSaleDocumentidResponseDataTypesData": ".company_salon_id_sale_documentid_response_data_types_data",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState": ".company_salon_id_sale_documentid_response_data_types_data_kkm_state",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem": ".company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument": ".company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem": ".company_salon_id_sale_documentid_response_data_types_data_payment_methods_item",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount": ".company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataState": ".company_salon_id_sale_documentid_response_data_types_data_state",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem": ".company_salon_id_sale_documentid_response_data_types_data_state_items_item",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem": ".company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain": ".company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit": ".company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType": ".company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem": ".company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount": ".company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense": ".company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense",
    "CompanySalonidSaleDocumentidPaymentAbonements": ".company_salonid_sale_documentid_payment_abonements",
    "CompanySalonidSaleDocumentidPaymentAbonementsPayment": ".company_salonid_sale_documentid_payment_abonements_payment",
    "CompanySalonidSaleDocumentidPaymentAbonementsPaymentMethod": ".company_salonid_sale_documentid_payment_abonements_payment_method",
    "CompanySalonidSaleDocumentidPaymentAccount": ".company_salonid_sale_documentid_payment_account",
    "CompanySalonidSaleDocumentidPaymentAccountPayment": ".company_salonid_sale_documentid_payment_account_payment",
    "CompanySalonidSaleDocumentidPaymentAccountPaymentMethod": ".company_salonid_sale_documentid_payment_account_payment_method",
    "CompanySalonidSaleDocumentidPaymentCertificate": ".company_salonid_sale_documentid_payment_certificate",
    "CompanySalonidSaleDocumentidPaymentCertificatePayment": ".company_salonid_sale_documentid_payment_certificate_payment",
    "CompanySalonidSaleDocumentidPaymentCertificatePaymentMethod": ".company_salonid_sale_documentid_payment_certificate_payment_method",
    "CompanySalonidSaleDocumentidPaymentDeposit": ".company_salonid_sale_documentid_payment_deposit",
    "CompanySalonidSaleDocumentidPaymentDepositPayment": ".company_salonid_sale_documentid_payment_deposit_payment",
    "CompanySalonidSaleDocumentidPaymentDepositPaymentMethod": ".company_salonid_sale_documentid_payment_deposit_payment_method",
    "CompanySalonidSaleDocumentidPaymentLoyaltyCard": ".company_salonid_sale_documentid_payment_loyalty_card",
    "CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment": ".company_salonid_sale_documentid_payment_loyalty_card_payment",
    "CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod": ".company_salonid_sale_documentid_payment_loyalty_card_payment_method",
    "CompanySalonidSaleDocumentidPaymentLoyaltyProgram": ".company_salonid_sale_documentid_payment_loyalty_program",
    "CompanySalonidSaleDocumentidPaymentLoyaltyProgramPayment": ".company_salonid_sale_documentid_payment_loyalty_program_payment",
    "CompanySalonidSaleDocumentidPaymentLoyaltyProgramPaymentMethod": ".company_salonid_sale_documentid_payment_loyalty_program_payment_method",
    "CompanySalonidSaleDocumentidPaymentReferal": ".company_salonid_sale_documentid_payment_referal",
    "CompanySalonidSaleDocumentidPaymentReferalPayment": ".company_salonid_sale_documentid_payment_referal_payment",
    "CompanySalonidSaleDocumentidPaymentReferalPaymentMethod": ".company_salonid_sale_documentid_payment_referal_payment_method",
    "CompanyStaffPositionListDataType": ".company_staff_position_list_data_type",
    "CompanyUpdateOnlineSettingsDataTypes": ".company_update_online_settings_data_types",
    "CompanyUpdateTimetableSettingsDataTypes": ".company_update_timetable_settings_data_types",
    "CompanyUsersDeprecatedResponseDataTypes": ".company_users_deprecated_response_data_types",
    "CompanyUsersDeprecatedResponseDataTypesDataItem": ".company_users_deprecated_response_data_types_data_item",
    "CompanyUsersDeprecatedResponseDataTypesDataItemAccess": ".company_users_deprecated_response_data_types_data_item_access",
    "Consumables": ".consumables",
    "ConsumablesConsumablesItem": ".consumables_consumables_item",
    "CopyUserPermissionsToLocationsBody": ".copy_user_permissions_to_locations_body",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem": ".copy_user_permissions_to_locations_body_user_company_links_item",
    "CountriesResponseDataTypes": ".countries_response_data_types",
    "CountriesResponseDataTypesDataItem": ".countries_response_data_types_data_item",
    "CreateClientAccountTopupOperationBody": ".create_client_account_topup_operation_body",
    "CreateClientBody": ".create_client_body",
    "CreateClientBodyCustomFields": ".create_client_body_custom_fields",
    "CreateClientCommentBody": ".create_client_comment_body",
    "CreateClientCommentResponse201": ".create_client_comment_response_201",
    "CreateEventDuplicationStrategyBody": ".create_event_duplication_strategy_body",
    "CreateLoyaltyCardTransactionBody": ".create_loyalty_card_transaction_body",
    "CreateLoyaltyCardTransactionResponse200": ".create_loyalty_card_transaction_response_200",
    "CreatePositionBody": ".create_position_body",
    "CreatePositionQuickBody": ".create_position_quick_body",
    "CreatePositionQuickResponse201": ".create_position_quick_response_201",
    "CreateTagV2Body": ".create_tag_v2_body",
    "CreateTeamMemberQuickBody": ".create_team_member_quick_body",
    "CreateTeamMemberQuickResponse201": ".create_team_member_quick_response_201",
    "CreateTimetableClientScheduleBody": ".create_timetable_client_schedule_body",
    "CreateTimetableClientScheduleResponse201": ".create_timetable_client_schedule_response_201",
    "CreateTimetableEventScheduleBody": ".create_timetable_event_schedule_body",
    "CreateTimetableEventScheduleBodyOriginalEntityType": ".create_timetable_event_schedule_body_original_entity_type",
    "CreateTimetableEventScheduleResponse201": ".create_timetable_event_schedule_response_201",
    "CreateTimetableScheduleDayBody": ".create_timetable_schedule_day_body",
    "CreateTimetableScheduleDayBodyDayOfWeek": ".create_timetable_schedule_day_body_day_of_week",
    "CreateTimetableScheduleDayResponse201": ".create_timetable_schedule_day_response_201",
    "CreateUserInvitationBody": ".create_user_invitation_body",
    "CreateUserInvitationBodyInvitesItem": ".create_user_invitation_body_invites_item",
    "CreateUserInvitationBodyInvitesItemUserRole": ".create_user_invitation_body_invites_item_user_role",
    "Currency": ".currency",
    "CustomFieldResource": ".custom_field_resource",
    "CustomFieldResourceAttributes": ".custom_field_resource_attributes",
    "CustomFieldResourceAttributesEntitySlug": ".custom_field_resource_attributes_entity_slug",
    "CustomFieldResourceAttributesParentEntityType": ".custom_field_resource_attributes_parent_entity_type",
    "CustomFieldResourceRelationships": ".custom_field_resource_relationships",
    "CustomFieldTypeResource": ".custom_field_type_resource",
    "CustomFieldTypeResourceAttributes": ".custom_field_type_resource_attributes",
    "CustomFieldUiOptionResource": ".custom_field_ui_option_resource",
    "CustomFieldUiOptionResourceAttributes": ".custom_field_ui_option_resource_attributes",
    "CustomFieldsRequestDataType": ".custom_fields_request_data_type",
    "CustomFieldsResponseDataTypes": ".custom_fields_response_data_types",
    "CustomFieldsResponseDataTypesDataType1": ".custom_fields_response_data_types_data_type_1",
    "CustomFieldsResponseDataTypesDataType1CustomField": ".custom_fields_response_data_types_data_type_1_custom_field",
    "CustomFieldsResponseDataTypesDataType1CustomFieldType": ".custom_fields_response_data_types_data_type_1_custom_field_type",
    "DeleteImageBody": ".delete_image_body",
    "DeleteTimetableAppointmentBody": ".delete_timetable_appointment_body",
    "DeliveryStatusRequestDataTypesItem": ".delivery_status_request_data_types_item",
    "DepositOperationResponseDataTypes": ".deposit_operation_response_data_types",
    "DepositOperationResponseDataTypesData": ".deposit_operation_response_data_types_data",
    "DepositOperationResponseDataTypesDataDepositsTransactionsItem": ".deposit_operation_response_data_types_data_deposits_transactions_item",
    "DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit": ".deposit_operation_response_data_types_data_deposits_transactions_item_deposit",
    "DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType": ".deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type",
    "DepositOperationResponseDataTypesDataDocument": ".deposit_operation_response_data_types_data_document",
    "DepositOperationResponseDataTypesDataDocumentSalon": ".deposit_operation_response_data_types_data_document_salon",
    "DepositOperationResponseDataTypesDataDocumentType": ".deposit_operation_response_data_types_data_document_type",
    "DepositOperationResponseDataTypesDataDocumentUser": ".deposit_operation_response_data_types_data_document_user",
    "DepositOperationResponseDataTypesDataPaymentTransactionsItem": ".deposit_operation_response_data_types_data_payment_transactions_item",
    "DepositOperationResponseDataTypesDataPaymentTransactionsItemType": ".deposit_operation_response_data_types_data_payment_transactions_item_type",
    "DepositResource": ".deposit_resource",
    "DepositResourceAttributes": ".deposit_resource_attributes",
    "DevelopersLoyaltyCard": ".developers_loyalty_card",
    "EmailClientsByFilterRequestDataTypes": ".email_clients_by_filter_request_data_types",
    "EmailClientsByIdRequestDataTypes": ".email_clients_by_id_request_data_types",
    "EmploymentProfileResource": ".employment_profile_resource",
    "EmploymentProfileResourceAttributes": ".employment_profile_resource_attributes",
    "EmploymentProfileResourceAttributesGender": ".employment_profile_resource_attributes_gender",
    "EntityType": ".entity_type",
    "EventAppointmentCreateRequest": ".event_appointment_create_request",
    "EventAppointmentCreateRequestClient": ".event_appointment_create_request_client",
    "EventAppointmentCreateRequestClientAgreements": ".event_appointment_create_request_client_agreements",
    "EventAppointmentCreateRequestClientCustomFieldValuesItem": ".event_appointment_create_request_client_custom_field_values_item",
    "EventAppointmentCreateRequestClientGenderType1": ".event_appointment_create_request_client_gender_type_1",
    "EventAppointmentCreateRequestClientGenderType2Type1": ".event_appointment_create_request_client_gender_type_2_type_1",
    "EventAppointmentCreateRequestClientGenderType3Type1": ".event_appointment_create_request_client_gender_type_3_type_1",
    "EventAppointmentCreateRequestComer": ".event_appointment_create_request_comer",
    "EventAppointmentItemResponse": ".event_appointment_item_response",
    "EventAppointmentRescheduleRequest": ".event_appointment_reschedule_request",
    "EventAppointmentUpdateRequest": ".event_appointment_update_request",
    "EventAppointmentUpdateRequestAttendanceGoodItemsItem": ".event_appointment_update_request_attendance_good_items_item",
    "EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType": ".event_appointment_update_request_attendance_good_items_item_operation_unit_type",
    "EventAppointmentUpdateRequestAttendanceServiceItem": ".event_appointment_update_request_attendance_service_item",
    "EventBookRequest": ".event_book_request",
    "EventBookResponse": ".event_book_response",
    "EventBookResponseData": ".event_book_response_data",
    "EventCollectionResponse": ".event_collection_response",
    "EventCreateRequest": ".event_create_request",
    "EventDatesRange": ".event_dates_range",
    "EventFilter": ".event_filter",
    "EventFilterCode": ".event_filter_code",
    "EventFilterDataItem": ".event_filter_data_item",
    "EventIncludeItem": ".event_include_item",
    "EventItemResponse": ".event_item_response",
    "EventRequest": ".event_request",
    "EventResource": ".event_resource",
    "EventResourceAttributes": ".event_resource_attributes",
    "EventResourceAttributesScheduleTill": ".event_resource_attributes_schedule_till",
    "EventResourceRelationships": ".event_resource_relationships",
    "EventResponse": ".event_response",
    "EventResponseData": ".event_response_data",
    "EventResponseDataDurationDetails": ".event_response_data_duration_details",
    "EventResponseDataResourceInstancesItem": ".event_response_data_resource_instances_item",
    "EventResponseDataService": ".event_response_data_service",
    "EventResponseDataStaff": ".event_response_data_staff",
    "EventSearchResponse": ".event_search_response",
    "EventSearchResponseDataItem": ".event_search_response_data_item",
    "EventSearchResponseDataItemService": ".event_search_response_data_item_service",
    "EventSearchResponseDataItemServiceCategory": ".event_search_response_data_item_service_category",
    "EventSearchResponseDataItemStaff": ".event_search_response_data_item_staff",
    "EventSearchResponseDataItemStaffPosition": ".event_search_response_data_item_staff_position",
    "EventSearchResponseMeta": ".event_search_response_meta",
    "EventServicesResponse": ".event_services_response",
    "EventServicesResponseDataItem": ".event_services_response_data_item",
    "EventServicesResponseDataItemCategory": ".event_services_response_data_item_category",
    "EventServicesResponseDataItemResourcesItem": ".event_services_response_data_item_resources_item",
    "EventServicesResponseDataItemStaffItem": ".event_services_response_data_item_staff_item",
    "EventServicesResponseMeta": ".event_services_response_meta",
    "EventUpdateRequest": ".event_update_request",
    "FinanceTransactionRequestDataTypes": ".finance_transaction_request_data_types",
    "FinanceTransactionResponseDataTypes": ".finance_transaction_response_data_types",
    "FinanceTransactionResponseDataTypesData": ".finance_transaction_response_data_types_data",
    "FinanceTransactionResponseDataTypesDataAccount": ".finance_transaction_response_data_types_data_account",
    "FinanceTransactionResponseDataTypesDataClient": ".finance_transaction_response_data_types_data_client",
    "FinanceTransactionResponseDataTypesDataMaster": ".finance_transaction_response_data_types_data_master",
    "FinancesOperation": ".finances_operation",
    "FinancesOperationAccount": ".finances_operation_account",
    "FinancesOperationClient": ".finances_operation_client",
    "FinancesOperationEvent": ".finances_operation_event",
    "FinancesOperationEventResource": ".finances_operation_event_resource",
    "FinancesOperationExpense": ".finances_operation_expense",
    "FinancesOperationMaster": ".finances_operation_master",
    "FinancesOperationRecord": ".finances_operation_record",
    "FinancesOperationSupplier": ".finances_operation_supplier",
    "FiscalizationRequestDataTypes": ".fiscalization_request_data_types",
    "FiscalizationRequestDataTypesCashier": ".fiscalization_request_data_types_cashier",
    "FiscalizationRequestDataTypesCustomer": ".fiscalization_request_data_types_customer",
    "FiscalizationRequestDataTypesPaymentsItem": ".fiscalization_request_data_types_payments_item",
    "FiscalizationRequestDataTypesPos": ".fiscalization_request_data_types_pos",
    "FiscalizationRequestDataTypesPositionsItem": ".fiscalization_request_data_types_positions_item",
    "FiscalizationRequestDataTypesType": ".fiscalization_request_data_types_type",
    "GenerateLoyaltyCodeResponse200": ".generate_loyalty_code_response_200",
    "GetAppointmentCalendarSessionsResponse200": ".get_appointment_calendar_sessions_response_200",
    "GetAttendanceBookingUserResponse200": ".get_attendance_booking_user_response_200",
    "GetAttendanceProductItemIncludeItem": ".get_attendance_product_item_include_item",
    "GetAttendanceProductItemResponse200": ".get_attendance_product_item_response_200",
    "GetBookingUserChainAttendanceStatisticsResponse200": ".get_booking_user_chain_attendance_statistics_response_200",
    "GetBookingUserLocationAttendanceStatisticsResponse200": ".get_booking_user_location_attendance_statistics_response_200",
    "GetChainClientAccountHistoryResponse200": ".get_chain_client_account_history_response_200",
    "GetChainClientAccountHistoryResponse200DataItem": ".get_chain_client_account_history_response_200_data_item",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransaction": ".get_chain_client_account_history_response_200_data_item_deposit_transaction",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType": ".get_chain_client_account_history_response_200_data_item_deposit_transaction_type",
    "GetChainLoyaltyProgramInclude": ".get_chain_loyalty_program_include",
    "GetChainLoyaltyTransactionListTypesItem": ".get_chain_loyalty_transaction_list_types_item",
    "GetChainServiceCategoryListInclude": ".get_chain_service_category_list_include",
    "GetEventDateRangeResponse200": ".get_event_date_range_response_200",
    "GetEventSearchFiltersResponse200": ".get_event_search_filters_response_200",
    "GetI18nOptionsResponse200": ".get_i18_n_options_response_200",
    "GetLocationListIncludeItem": ".get_location_list_include_item",
    "GetLocationLoyaltyProgramListType": ".get_location_loyalty_program_list_type",
    "GetLocationSubscriptionInformationResponse200": ".get_location_subscription_information_response_200",
    "GetMarketplaceIntegrationStatusResponse200": ".get_marketplace_integration_status_response_200",
    "GetMarketplaceIntegrationStatusResponse200Data": ".get_marketplace_integration_status_response_200_data",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus": ".get_marketplace_integration_status_response_200_data_connection_status",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus": ".get_marketplace_integration_status_response_200_data_connection_status_status",
    "GetMarketplaceIntegrationStatusResponse200DataLogsItem": ".get_marketplace_integration_status_response_200_data_logs_item",
    "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem": ".get_marketplace_integration_status_response_200_data_payments_item",
    "GetPositionResponse200": ".get_position_response_200",
    "GetProductCategoryIncludeItem": ".get_product_category_include_item",
    "GetProductCategoryResponse200": ".get_product_category_response_200",
    "GetProductV2IncludeItem": ".get_product_v2_include_item",
    "GetProductV2Response200": ".get_product_v2_response_200",
    "GetServiceV2Response200": ".get_service_v2_response_200",
    "GetTagListByEntityEntity": ".get_tag_list_by_entity_entity",
    "GetTagResponse200": ".get_tag_response_200",
    "GetTagResponse200Data": ".get_tag_response_200_data",
    "GetTeamMemberCalculationSchemesCountResponse200": ".get_team_member_calculation_schemes_count_response_200",
    "GetTeamMemberPayrollCalculationResponse200": ".get_team_member_payroll_calculation_response_200",
    "GetTeamMemberSalaryPeriodResponse200": ".get_team_member_salary_period_response_200",
    "GetTeamMemberSalarySchemesResponse200": ".get_team_member_salary_schemes_response_200",
    "GetTeamMemberScheduleListIncludeItem": ".get_team_member_schedule_list_include_item",
    "GetTeamMemberScheduleListResponse200": ".get_team_member_schedule_list_response_200",
    "GetTeamMemberScheduleListResponse200Meta": ".get_team_member_schedule_list_response_200_meta",
    "GetTeamMemberScheduleResponse200": ".get_team_member_schedule_response_200",
    "GetTimeslotSettingsResponse200": ".get_timeslot_settings_response_200",
    "GetTimeslotSettingsResponse200Data": ".get_timeslot_settings_response_200_data",
    "GetTimeslotSettingsResponse200DataDatesSettingsItem": ".get_timeslot_settings_response_200_data_dates_settings_item",
    "GetTimeslotSettingsResponse200DataDatesSettingsItemSetting": ".get_timeslot_settings_response_200_data_dates_settings_item_setting",
    "GetTimeslotSettingsResponse200DataDatesSettingsItemSettingGridBaseType": ".get_timeslot_settings_response_200_data_dates_settings_item_setting_grid_base_type",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem": ".get_timeslot_settings_response_200_data_weekdays_settings_item",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting": ".get_timeslot_settings_response_200_data_weekdays_settings_item_setting",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType": ".get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type",
    "GetUserPermissionsResponse200": ".get_user_permissions_response_200",
    "GiftCard": ".gift_card",
    "GiftCardStatus": ".gift_card_status",
    "GiftCardType": ".gift_card_type",
    "GiftCardTypeItemType": ".gift_card_type_item_type",
    "Good": ".good",
    "GoodEvent": ".good_event",
    "GoodEventResource": ".good_event_resource",
    "GoodEventStatus": ".good_event_status",
    "GoodsCategoriesPostPutResponseDataTypes": ".goods_categories_post_put_response_data_types",
    "GoodsCategoriesPostPutResponseDataTypesData": ".goods_categories_post_put_response_data_types_data",
    "GoodsCategoriesRequestDataTypes": ".goods_categories_request_data_types",
    "GoodsCategoriesResponse200DataTypes": ".goods_categories_response_200_data_types",
    "GoodsCategoriesResponse200DataTypesDataItem": ".goods_categories_response_200_data_types_data_item",
    "GoodsCategoriesResponse200DataTypesMetaType0": ".goods_categories_response_200_data_types_meta_type_0",
    "GoodsCategoryNodeResponse200DataTypes": ".goods_category_node_response_200_data_types",
    "GoodsCategoryNodeResponse200DataTypesData": ".goods_category_node_response_200_data_types_data",
    "GoodsCompanyGoodsIdResponse200DataTypes": ".goods_company_goods_id_response_200_data_types",
    "GoodsCompanyRequestDataType": ".goods_company_request_data_type",
    "GoodsCompanyRequestWithRulesDataType": ".goods_company_request_with_rules_data_type",
    "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem": ".goods_company_request_with_rules_data_type_correction_rules_item",
    "GoodsListResponse": ".goods_list_response",
    "GoodsOperationEvent": ".goods_operation_event",
    "GoodsOperationEventResource": ".goods_operation_event_resource",
    "GoodsOperations": ".goods_operations",
    "GoodsOperationsClient": ".goods_operations_client",
    "GoodsOperationsGood": ".goods_operations_good",
    "GoodsOperationsUnit": ".goods_operations_unit",
    "GoodsSearchResponse200DataTypes": ".goods_search_response_200_data_types",
    "GoodsSearchResponse200DataTypesDataItem": ".goods_search_response_200_data_types_data_item",
    "GoodsSearchResponse200DataTypesMeta": ".goods_search_response_200_data_types_meta",
    "GroupGroupidClientsResponseDataTypes": ".group_groupid_clients_response_data_types",
    "GroupGroupidClientsResponseDataTypesData": ".group_groupid_clients_response_data_types_data",
    "GroupGroupidClientsResponseDataTypesDataClientsItem": ".group_groupid_clients_response_data_types_data_clients_item",
    "GroupsResponseDataTypes": ".groups_response_data_types",
    "GroupsResponseDataTypesDataItem": ".groups_response_data_types_data_item",
    "GroupsResponseDataTypesDataItemAccess": ".groups_response_data_types_data_item_access",
    "GroupsResponseDataTypesDataItemCompaniesItem": ".groups_response_data_types_data_item_companies_item",
    "HooksSettingsResponseDataTypes": ".hooks_settings_response_data_types",
    "HooksSettingsResponseDataTypesData": ".hooks_settings_response_data_types_data",
    "IdAndTitle": ".id_and_title",
    "Image": ".image",
    "ImageGroup": ".image_group",
    "ImageGroupImageGroup": ".image_group_image_group",
    "IncludeForDayItem": ".include_for_day_item",
    "IncludeForRolesItem": ".include_for_roles_item",
    "IncludeForScheduleExtendedItem": ".include_for_schedule_extended_item",
    "IncludeForScheduleItem": ".include_for_schedule_item",
    "IncludeItem": ".include_item",
    "IncludedResource": ".included_resource",
    "JsonObject": ".json_object",
    "KkmTransactionsPrintResponseDataType": ".kkm_transactions_print_response_data_type",
    "KkmTransactionsPrintResponseDataTypeData": ".kkm_transactions_print_response_data_type_data",
    "KkmTransactionsResponseDataType": ".kkm_transactions_response_data_type",
    "KkmTransactionsResponseDataTypeDataItem": ".kkm_transactions_response_data_type_data_item",
    "KkmTransactionsResponseDataTypeDataItemCashier": ".kkm_transactions_response_data_type_data_item_cashier",
    "KkmTransactionsResponseDataTypeDataItemDocument": ".kkm_transactions_response_data_type_data_item_document",
    "KkmTransactionsResponseDataTypeDataItemStatus": ".kkm_transactions_response_data_type_data_item_status",
    "KkmTransactionsResponseDataTypeDataItemType": ".kkm_transactions_response_data_type_data_item_type",
    "KkmTransactionsResponseDataTypeMeta": ".kkm_transactions_response_data_type_meta",
    "LicenseOption": ".license_option",
    "ListAppointmentsResponse200": ".list_appointments_response_200",
    "ListAttendanceAppointmentsResponse200": ".list_attendance_appointments_response_200",
    "ListAttendanceServiceSuggestionsIncludeItem": ".list_attendance_service_suggestions_include_item",
    "ListAttendanceServiceSuggestionsResponse200": ".list_attendance_service_suggestions_response_200",
    "ListAttendanceServicesResponse200": ".list_attendance_services_response_200",
    "ListClientCommentsResponse200": ".list_client_comments_response_200",
    "ListCompositeServiceAttendanceServicesResponse200": ".list_composite_service_attendance_services_response_200",
    "ListCustomFieldsFilterentitySlug": ".list_custom_fields_filterentity_slug",
    "ListCustomFieldsIncludeItem": ".list_custom_fields_include_item",
    "ListCustomFieldsResponse200": ".list_custom_fields_response_200",
    "ListEventsFiltersort": ".list_events_filtersort",
    "ListPositionsResponse200": ".list_positions_response_200",
    "ListProductCategoriesResponse200": ".list_product_categories_response_200",
    "ListProductStorageAmountsIncludeItem": ".list_product_storage_amounts_include_item",
    "ListProductStorageAmountsResponse200": ".list_product_storage_amounts_response_200",
    "ListProductUnitsResponse200": ".list_product_units_response_200",
    "ListProductsFilterrelatedLoyaltyEntitySlug": ".list_products_filterrelated_loyalty_entity_slug",
    "ListProductsIncludeItem": ".list_products_include_item",
    "ListProductsResponse200": ".list_products_response_200",
    "ListProductsResponse200Meta": ".list_products_response_200_meta",
    "ListResourceOccupationsResponse200": ".list_resource_occupations_response_200",
    "ListRolesResponse200": ".list_roles_response_200",
    "ListServiceCategoriesResponse200": ".list_service_categories_response_200",
    "ListServicesIncludeItem": ".list_services_include_item",
    "ListServicesResponse200": ".list_services_response_200",
    "ListTagsEntity": ".list_tags_entity",
    "ListTagsResponse200": ".list_tags_response_200",
    "ListTagsResponse200DataItem": ".list_tags_response_200_data_item",
    "ListTeamMembersFilterfired": ".list_team_members_filterfired",
    "ListTeamMembersIncludeItem": ".list_team_members_include_item",
    "ListTeamMembersResponse200": ".list_team_members_response_200",
    "ListTimetableScheduleDayEventsResponse200": ".list_timetable_schedule_day_events_response_200",
    "ListVoipCallsResponse200": ".list_voip_calls_response_200",
    "ListVoipCallsResponse200DataItem": ".list_voip_calls_response_200_data_item",
    "ListVoipCallsResponse200DataItemStatus": ".list_voip_calls_response_200_data_item_status",
    "ListVoipCallsResponse200DataItemType": ".list_voip_calls_response_200_data_item_type",
    "ListVoipCallsStatusesItem": ".list_voip_calls_statuses_item",
    "ListVoipCallsTypesItem": ".list_voip_calls_types_item",
    "Location": ".location",
    "LocationAccess": ".location_access",
    "LocationAttendanceStatisticsResource": ".location_attendance_statistics_resource",
    "LocationAttendanceStatisticsResourceAttributes": ".location_attendance_statistics_resource_attributes",
    "LocationBookformsItem": ".location_bookforms_item",
    "LocationGroups": ".location_groups",
    "LocationListItem": ".location_list_item",
    "LocationListItemBookingWidgetPromo": ".location_list_item_booking_widget_promo",
    "LocationMainGroupType0": ".location_main_group_type_0",
    "LocationPaymentPolicy": ".location_payment_policy",
    "LocationPaymentPolicyType": ".location_payment_policy_type",
    "LocationSocial": ".location_social",
    "LoyaltyAbonementsResponseDataTypes": ".loyalty_abonements_response_data_types",
    "LoyaltyAbonementsResponseDataTypesMeta": ".loyalty_abonements_response_data_types_meta",
    "LoyaltyAbonementsTypeSearchResponseDataTypes": ".loyalty_abonements_type_search_response_data_types",
    "LoyaltyAbonementsTypeSearchResponseDataTypesDataItem": ".loyalty_abonements_type_search_response_data_types_data_item",
    "LoyaltyAbonementsTypeSearchResponseDataTypesMeta": ".loyalty_abonements_type_search_response_data_types_meta",
    "LoyaltyCard": ".loyalty_card",
    "LoyaltyCardEvent": ".loyalty_card_event",
    "LoyaltyCardEventResource": ".loyalty_card_event_resource",
    "LoyaltyCardType": ".loyalty_card_type",
    "LoyaltyCardTypesResponseDataTypesItem": ".loyalty_card_types_response_data_types_item",
    "LoyaltyCardTypesResponseDataTypesItemSalonGroup": ".loyalty_card_types_response_data_types_item_salon_group",
    "LoyaltyCardsRequestDataTypes": ".loyalty_cards_request_data_types",
    "LoyaltyCardsResponseDataTypes": ".loyalty_cards_response_data_types",
    "LoyaltyCardsResponseDataTypesProgramsItem": ".loyalty_cards_response_data_types_programs_item",
    "LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType": ".loyalty_cards_response_data_types_programs_item_loyalty_type",
    "LoyaltyCardsResponseDataTypesProgramsItemRulesItem": ".loyalty_cards_response_data_types_programs_item_rules_item",
    "LoyaltyCardsResponseDataTypesSalonGroup": ".loyalty_cards_response_data_types_salon_group",
    "LoyaltyCardsResponseDataTypesType": ".loyalty_cards_response_data_types_type",
    "LoyaltyCertificateTypeSearchResponseDataTypes": ".loyalty_certificate_type_search_response_data_types",
    "LoyaltyCertificateTypeSearchResponseDataTypesDataItem": ".loyalty_certificate_type_search_response_data_types_data_item",
    "LoyaltyCertificateTypeSearchResponseDataTypesMeta": ".loyalty_certificate_type_search_response_data_types_meta",
    "LoyaltyCertificatesResponseDataTypes": ".loyalty_certificates_response_data_types",
    "LoyaltyCertificatesResponseDataTypesMeta": ".loyalty_certificates_response_data_types_meta",
    "LoyaltyEntityAttendanceItem": ".loyalty_entity_attendance_item",
    "LoyaltyGenerateCode200DataOption": ".loyalty_generate_code_200_data_option",
    "LoyaltyGenerateCode200Option": ".loyalty_generate_code_200_option",
    "LoyaltyNotificationMessageTemplate": ".loyalty_notification_message_template",
    "LoyaltyNotificationMessageTemplateMessageType": ".loyalty_notification_message_template_message_type",
    "LoyaltyNotificationMessageTemplateRequest": ".loyalty_notification_message_template_request",
    "LoyaltyNotificationMessageTemplateRequestType": ".loyalty_notification_message_template_request_type",
    "LoyaltyNotificationMessageTemplateType": ".loyalty_notification_message_template_type",
    "LoyaltyProgram": ".loyalty_program",
    "LoyaltyProgramCreateRequest": ".loyalty_program_create_request",
    "LoyaltyProgramExpirationTimeoutUnit": ".loyalty_program_expiration_timeout_unit",
    "LoyaltyProgramGoodItemType": ".loyalty_program_good_item_type",
    "LoyaltyProgramParamsSourceType": ".loyalty_program_params_source_type",
    "LoyaltyProgramRule": ".loyalty_program_rule",
    "LoyaltyProgramRuleRequest": ".loyalty_program_rule_request",
    "LoyaltyProgramServiceItemType": ".loyalty_program_service_item_type",
    "LoyaltyProgramType": ".loyalty_program_type",
    "LoyaltyProgramUpdateRequest": ".loyalty_program_update_request",
    "LoyaltyProgramValueUnit": ".loyalty_program_value_unit",
    "LoyaltyTransaction": ".loyalty_transaction",
    "LoyaltyTransactionDataItem": ".loyalty_transaction_data_item",
    "LoyaltyTransactionMeta": ".loyalty_transaction_meta",
    "MarketplaceNotificationPaymentCallbackBody": ".marketplace_notification_payment_callback_body",
    "MarketplaceNotificationPaymentCallbackResponse200": ".marketplace_notification_payment_callback_response_200",
    "MarketplaceNotificationPaymentCallbackResponse200Data": ".marketplace_notification_payment_callback_response_200_data",
    "MarketplaceNotificationSettingsCallbackBody": ".marketplace_notification_settings_callback_body",
    "MarketplaceNotificationSettingsRedirectCallbackResponse200": ".marketplace_notification_settings_redirect_callback_response_200",
    "MarketplacePartnerApplicationAddDiscountBody": ".marketplace_partner_application_add_discount_body",
    "MarketplacePartnerApplicationPaymentLinkResponse200": ".marketplace_partner_application_payment_link_response_200",
    "MarketplacePartnerApplicationPaymentLinkResponse200Data": ".marketplace_partner_application_payment_link_response_200_data",
    "MarketplacePartnerApplicationsTariffsListResponse200": ".marketplace_partner_applications_tariffs_list_response_200",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItem": ".marketplace_partner_applications_tariffs_list_response_200_data_item",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem": ".marketplace_partner_applications_tariffs_list_response_200_data_item_options_item",
    "MarketplacePartnerApplicationsUpdateChannelBody": ".marketplace_partner_applications_update_channel_body",
    "MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug": ".marketplace_partner_applications_update_channel_body_channel_slug",
    "MarketplaceWebhookEvent": ".marketplace_webhook_event",
    "MarketplaceWebhookEventEvent": ".marketplace_webhook_event_event",
    "MasterRecordReviewPostRequest": ".master_record_review_post_request",
    "MasterRecordReviewResponseDataTypes": ".master_record_review_response_data_types",
    "MasterRecordReviewResponseDataTypesData": ".master_record_review_response_data_types_data",
    "MasterRecordReviewResponseDataTypesDataAgreementLinks": ".master_record_review_response_data_types_data_agreement_links",
    "MasterRecordReviewResponseDataTypesDataCompany": ".master_record_review_response_data_types_data_company",
    "MasterRecordReviewResponseDataTypesDataCurrency": ".master_record_review_response_data_types_data_currency",
    "MasterRecordReviewResponseDataTypesDataLanguage": ".master_record_review_response_data_types_data_language",
    "MasterRecordReviewResponseDataTypesDataMaster": ".master_record_review_response_data_types_data_master",
    "MasterRecordReviewResponseDataTypesDataRecord": ".master_record_review_response_data_types_data_record",
    "MasterServiceLink": ".master_service_link",
    "MasterWithPosition": ".master_with_position",
    "Membership": ".membership",
    "MembershipBalanceContainer": ".membership_balance_container",
    "MembershipBalanceContainerLinksItem": ".membership_balance_container_links_item",
    "MembershipBalanceContainerLinksItemCategory": ".membership_balance_container_links_item_category",
    "MembershipBalanceContainerLinksItemService": ".membership_balance_container_links_item_service",
    "MembershipStatus": ".membership_status",
    "MembershipType": ".membership_type",
    "MembershipTypeCounts": ".membership_type_counts",
    "NotificationSettingsNotificationTypesDataType": ".notification_settings_notification_types_data_type",
    "NotificationSettingsNotificationTypesDataTypeDataItem": ".notification_settings_notification_types_data_type_data_item",
    "NotificationSettingsNotificationTypesDataTypeDataItemChannels": ".notification_settings_notification_types_data_type_data_item_channels",
    "NotificationSettingsNotificationTypesDataTypeMeta": ".notification_settings_notification_types_data_type_meta",
    "NotificationSettingsUsersDataType": ".notification_settings_users_data_type",
    "NotificationSettingsUsersDataTypeData": ".notification_settings_users_data_type_data",
    "NotificationSettingsUsersDataTypeDataMode": ".notification_settings_users_data_type_data_mode",
    "NotificationSettingsUsersDataTypeDataNotificationTypesItem": ".notification_settings_users_data_type_data_notification_types_item",
    "NotificationSettingsUsersDataTypeDataNotificationTypesItemType": ".notification_settings_users_data_type_data_notification_types_item_type",
    "NotificationSettingsUsersRequestDataType": ".notification_settings_users_request_data_type",
    "NotificationSettingsUsersRequestDataTypeNotificationTypesItem": ".notification_settings_users_request_data_type_notification_types_item",
    "NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels": ".notification_settings_users_request_data_type_notification_types_item_channels",
    "Pagination": ".pagination",
    "PhoneCodeAuthRequest": ".phone_code_auth_request",
    "Position": ".position",
    "PositionCompact": ".position_compact",
    "PositionResource": ".position_resource",
    "PositionResourceAttributes": ".position_resource_attributes",
    "PositionServicesBindingType": ".position_services_binding_type",
    "PrintFiscalReceiptBody": ".print_fiscal_receipt_body",
    "Product": ".product",
    "ProductActualAmountsItem": ".product_actual_amounts_item",
    "ProductCategoryResource": ".product_category_resource",
    "ProductCategoryResourceAttributes": ".product_category_resource_attributes",
    "ProductCategoryResourceRelationships": ".product_category_resource_relationships",
    "ProductListItem": ".product_list_item",
    "ProductResource": ".product_resource",
    "ProductResourceAttributes": ".product_resource_attributes",
    "ProductResourceRelationships": ".product_resource_relationships",
    "ProductTransaction": ".product_transaction",
    "ProductTransactionGood": ".product_transaction_good",
    "ProductTransactionMaster": ".product_transaction_master",
    "ProductTransactionService": ".product_transaction_service",
    "ProductTransactionStorage": ".product_transaction_storage",
    "ProductTransactionSupplier": ".product_transaction_supplier",
    "ProductTransactionUnit": ".product_transaction_unit",
    "Record": ".record",
    "RecordClient": ".record_client",
    "RecordCompanyidResponse201DataTypes": ".record_companyid_response_201_data_types",
    "RecordCompanyidResponse201DataTypesData": ".record_companyid_response_201_data_types_data",
    "RecordCompanyidResponse201DataTypesDataClient": ".record_companyid_response_201_data_types_data_client",
    "RecordCompanyidResponse201DataTypesDataServicesItem": ".record_companyid_response_201_data_types_data_services_item",
    "RecordCompanyidResponse201DataTypesDataStaff": ".record_companyid_response_201_data_types_data_staff",
    "RecordCompanyidResponseDataTypes": ".record_companyid_response_data_types",
    "RecordEvent": ".record_event",
    "RecordEventResource": ".record_event_resource",
    "RecordRecordLabelsItem": ".record_record_labels_item",
    "RecordServicesItem": ".record_services_item",
    "RecordStaff": ".record_staff",
    "RecordsCompanyidRequestDataTypesClient": ".records_companyid_request_data_types_client",
    "RecordsCompanyidRequestDataTypesCustomFields": ".records_companyid_request_data_types_custom_fields",
    "RecordsCompanyidRequestDataTypesServicesItem": ".records_companyid_request_data_types_services_item",
    "RecordsCompanyidRequestDataTypesType0": ".records_companyid_request_data_types_type_0",
    "RecordsCompanyidRequestDataTypesType0ActivityId": ".records_companyid_request_data_types_type_0_activity_id",
    "RecordsCompanyidRequestDataTypesType1": ".records_companyid_request_data_types_type_1",
    "RecordsCompanyidResponseDataTypes": ".records_companyid_response_data_types",
    "RecordsCompanyidResponseDataTypesMeta": ".records_companyid_response_data_types_meta",
    "ReferencesBusinessGroupResponseDataTypes": ".references_business_group_response_data_types",
    "ReferencesBusinessGroupResponseDataTypesDataItem": ".references_business_group_response_data_types_data_item",
    "ReferencesBusinessGroupResponseDataTypesDataItemTypesItem": ".references_business_group_response_data_types_data_item_types_item",
    "ReferencesBusinessGroupResponseDataTypesMeta": ".references_business_group_response_data_types_meta",
    "RemoveUserFromLocationsBody": ".remove_user_from_locations_body",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem": ".remove_user_from_locations_body_user_company_links_item",
    "ResourceIdentifier": ".resource_identifier",
    "ResourceInstance": ".resource_instance",
    "ResourceOccupationResource": ".resource_occupation_resource",
    "ResourceOccupationResourceAttributes": ".resource_occupation_resource_attributes",
    "ResourceOccupationResourceAttributesSourceType": ".resource_occupation_resource_attributes_source_type",
    "ResourceOccupationResourceAttributesSourceTypeSlug": ".resource_occupation_resource_attributes_source_type_slug",
    "ResourcesCompanyidDataTypes": ".resources_companyid_data_types",
    "ResourcesCompanyidDataTypesDataItem": ".resources_companyid_data_types_data_item",
    "ResourcesCompanyidDataTypesDataItemInstancesItem": ".resources_companyid_data_types_data_item_instances_item",
    "ResourcesCompanyidDataTypesMeta": ".resources_companyid_data_types_meta",
    "ResponseDataNullObjectType0": ".response_data_null_object_type_0",
    "ResponseMetaCountObject": ".response_meta_count_object",
    "ResponseMetaDatePaginatorObject": ".response_meta_date_paginator_object",
    "ResponseMetaDatePaginatorObjectDateCursor": ".response_meta_date_paginator_object_date_cursor",
    "ResponseMetaDatePaginatorObjectDateCursorCurrent": ".response_meta_date_paginator_object_date_cursor_current",
    "ResponseMetaDatePaginatorObjectDateCursorNext": ".response_meta_date_paginator_object_date_cursor_next",
    "ResponseMetaDatePaginatorObjectDateCursorPrevious": ".response_meta_date_paginator_object_date_cursor_previous",
    "SalaryPayrollCalculation": ".salary_payroll_calculation",
    "SalaryPayrollCalculationContainer": ".salary_payroll_calculation_container",
    "SalaryPayrollCalculationItemContainer": ".salary_payroll_calculation_item_container",
    "SalaryPayrollCalculationItemContainerItemTypeSlug": ".salary_payroll_calculation_item_container_item_type_slug",
    "SalaryPayrollCalculationItemDiscrepancy": ".salary_payroll_calculation_item_discrepancy",
    "SalaryPayrollCalculationItemDiscrepancyReason": ".salary_payroll_calculation_item_discrepancy_reason",
    "SalaryPayrollCalculationItemInfoContainer": ".salary_payroll_calculation_item_info_container",
    "SalaryPayrollCalculationItemPaidContainer": ".salary_payroll_calculation_item_paid_container",
    "SalaryPayrollCalculationItemTargetCalculation": ".salary_payroll_calculation_item_target_calculation",
    "SalaryPayrollCalculationItemTargetCalculationTypeSlug": ".salary_payroll_calculation_item_target_calculation_type_slug",
    "SalaryPayrollCalculationItemTargetContainer": ".salary_payroll_calculation_item_target_container",
    "SalaryPayrollCalculationItemTargetContainerTargetTypeSlug": ".salary_payroll_calculation_item_target_container_target_type_slug",
    "SalaryPayrollCalculationStatus": ".salary_payroll_calculation_status",
    "SalaryStaffBalance": ".salary_staff_balance",
    "SalaryStaffCalculation": ".salary_staff_calculation",
    "SalaryStaffCalculationDaily": ".salary_staff_calculation_daily",
    "SalaryStaffCalculationDailyPayrollDailyItem": ".salary_staff_calculation_daily_payroll_daily_item",
    "SalaryStaffPeriod": ".salary_staff_period",
    "SalaryStaffPeriodDaily": ".salary_staff_period_daily",
    "SalaryStaffPeriodDailyPeriodCalculationDailyItem": ".salary_staff_period_daily_period_calculation_daily_item",
    "SalaryStaffScheme": ".salary_staff_scheme",
    "SalaryStaffSchemeSalaryScheme": ".salary_staff_scheme_salary_scheme",
    "SalaryStaffSchemesCount": ".salary_staff_schemes_count",
    "SalaryStaffSummary": ".salary_staff_summary",
    "Salon": ".salon",
    "SalonActive": ".salon_active",
    "SalonEvent": ".salon_event",
    "SalonEventResource": ".salon_event_resource",
    "SalonSchedule": ".salon_schedule",
    "SalonSocial": ".salon_social",
    "Schedule": ".schedule",
    "ScheduleBusyIntervalsItem": ".schedule_busy_intervals_item",
    "ScheduleBusyIntervalsItemEntityType": ".schedule_busy_intervals_item_entity_type",
    "ScheduleEvent": ".schedule_event",
    "ScheduleEventResource": ".schedule_event_resource",
    "ScheduleSlotsItem": ".schedule_slots_item",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem": ".schedule_team_member_update_deprecated_body_item",
    "SearchClientVisitsBody": ".search_client_visits_body",
    "SearchClientVisitsBodyAttendance": ".search_client_visits_body_attendance",
    "SearchClientVisitsBodyPaymentStatusesItem": ".search_client_visits_body_payment_statuses_item",
    "SearchClientVisitsResponse200": ".search_client_visits_response_200",
    "SearchMembershipsForEventResponse200": ".search_memberships_for_event_response_200",
    "SearchMembershipsForEventResponse200DataItem": ".search_memberships_for_event_response_200_data_item",
    "SearchMembershipsForEventResponse200DataItemAttributes": ".search_memberships_for_event_response_200_data_item_attributes",
    "SearchMembershipsForEventResponse200DataItemRelationships": ".search_memberships_for_event_response_200_data_item_relationships",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType": ".search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData": ".search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data",
    "SearchTeamMemberCalculationDailySalaryResponse200": ".search_team_member_calculation_daily_salary_response_200",
    "SearchTeamMemberPayrollCalculationResponse200": ".search_team_member_payroll_calculation_response_200",
    "SearchTeamMemberPeriodDailySalaryResponse200": ".search_team_member_period_daily_salary_response_200",
    "SearchTeamMemberPeriodSalaryResponse200": ".search_team_member_period_salary_response_200",
    "Service": ".service",
    "ServiceCategoriesCompanyidRequestDataTypes": ".service_categories_companyid_request_data_types",
    "ServiceCategoriesCompanyidResponseDataTypes": ".service_categories_companyid_response_data_types",
    "ServiceCategoriesCompanyidResponseDataTypesData": ".service_categories_companyid_response_data_types_data",
    "ServiceCategory": ".service_category",
    "ServiceCategoryEvent": ".service_category_event",
    "ServiceCategoryEventResource": ".service_category_event_resource",
    "ServiceCategoryResource": ".service_category_resource",
    "ServiceCategoryResourceAttributes": ".service_category_resource_attributes",
    "ServiceCategoryTitle": ".service_category_title",
    "ServiceDetails": ".service_details",
    "ServiceEvent": ".service_event",
    "ServiceEventResource": ".service_event_resource",
    "ServiceListItem": ".service_list_item",
    "ServiceResource": ".service_resource",
    "ServiceResourceAttributes": ".service_resource_attributes",
    "ServiceResourceRelationships": ".service_resource_relationships",
    "ServiceStaffItem": ".service_staff_item",
    "ServiceTitle": ".service_title",
    "ServicesChangeCompanyidRequestDataTypes": ".services_change_companyid_request_data_types",
    "ServicesChangeCompanyidResponseDataTypes": ".services_change_companyid_response_data_types",
    "ServicesChangeCompanyidResponseDataTypesData": ".services_change_companyid_response_data_types_data",
    "ServicesChangeCompanyidResponseDataTypesDataStaffItem": ".services_change_companyid_response_data_types_data_staff_item",
    "ServicesCompanyidRequestDataTypes": ".services_companyid_request_data_types",
    "ServicesCompanyidRequestDataTypesStaffItem": ".services_companyid_request_data_types_staff_item",
    "ServicesCompanyidResponseDataTypes": ".services_companyid_response_data_types",
    "ServicesCompanyidResponseDataTypesData": ".services_companyid_response_data_types_data",
    "ServicesCompanyidResponseDataTypesDataStaffItem": ".services_companyid_response_data_types_data_staff_item",
    "ServicesListResponse": ".services_list_response",
    "SetMarketplaceNotificationShortNamesBody": ".set_marketplace_notification_short_names_body",
    "SetTeamMemberScheduleBody": ".set_team_member_schedule_body",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem": ".set_team_member_schedule_body_schedules_to_delete_item",
    "SetTeamMemberScheduleBodySchedulesToSetItem": ".set_team_member_schedule_body_schedules_to_set_item",
    "SetTeamMemberScheduleResponse200": ".set_team_member_schedule_response_200",
    "SetTeamMemberScheduleResponse200DataItem": ".set_team_member_schedule_response_200_data_item",
    "SetTeamMemberScheduleResponse200DataItemSlotsItem": ".set_team_member_schedule_response_200_data_item_slots_item",
    "SetTeamMemberScheduleResponse200Meta": ".set_team_member_schedule_response_200_meta",
    "Slot": ".slot",
    "SmsClientsByFilterRequestDataTypes": ".sms_clients_by_filter_request_data_types",
    "SmsClientsByIdRequestDataTypes": ".sms_clients_by_id_request_data_types",
    "SmsClientsByIdResponseDataTypes": ".sms_clients_by_id_response_data_types",
    "SmsClientsByIdResponseDataTypesMeta": ".sms_clients_by_id_response_data_types_meta",
    "Staff": ".staff",
    "StaffCompanyidRequestDataTypes": ".staff_companyid_request_data_types",
    "StaffEvent": ".staff_event",
    "StaffEventResource": ".staff_event_resource",
    "StaffFired": ".staff_fired",
    "StaffImageGroup": ".staff_image_group",
    "StaffListResponse": ".staff_list_response",
    "StaffPositionObject": ".staff_position_object",
    "StaffPositionType0": ".staff_position_type_0",
    "StaffUser": ".staff_user",
    "StatisticsAttributes": ".statistics_attributes",
    "StatisticsRelationships": ".statistics_relationships",
    "StorageAmountResource": ".storage_amount_resource",
    "StorageAmountResourceAttributes": ".storage_amount_resource_attributes",
    "StorageAmountResourceRelationships": ".storage_amount_resource_relationships",
    "StorageOperationDocumentsRequestDataTypes": ".storage_operation_documents_request_data_types",
    "StorageOperationDocumentsResponseDataTypes": ".storage_operation_documents_response_data_types",
    "StorageOperationDocumentsResponseDataTypesData": ".storage_operation_documents_response_data_types_data",
    "StorageOperationDocumentsResponseDataTypesDataCompany": ".storage_operation_documents_response_data_types_data_company",
    "StorageOperationDocumentsResponseDataTypesDataType": ".storage_operation_documents_response_data_types_data_type",
    "StorageOperationDocumentsResponseDataTypesDataUser": ".storage_operation_documents_response_data_types_data_user",
    "StorageOperationFinanceTransactionResponseDataTypes": ".storage_operation_finance_transaction_response_data_types",
    "StorageOperationFinanceTransactionResponseDataTypesDataItem": ".storage_operation_finance_transaction_response_data_types_data_item",
    "StorageOperationFinanceTransactionResponseDataTypesDataItemAccount": ".storage_operation_finance_transaction_response_data_types_data_item_account",
    "StorageOperationFinanceTransactionResponseDataTypesDataItemClient": ".storage_operation_finance_transaction_response_data_types_data_item_client",
    "StorageOperationGoodTransactionRequestDataTypes": ".storage_operation_good_transaction_request_data_types",
    "StorageOperationGoodTransactionResponse200DataTypes": ".storage_operation_good_transaction_response_200_data_types",
    "StorageOperationGoodTransactionResponse200DataTypesData": ".storage_operation_good_transaction_response_200_data_types_data",
    "StorageOperationGoodTransactionResponse200DataTypesDataClientType1": ".storage_operation_good_transaction_response_200_data_types_data_client_type_1",
    "StorageOperationGoodTransactionResponse200DataTypesDataGood": ".storage_operation_good_transaction_response_200_data_types_data_good",
    "StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType": ".storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type",
    "StorageOperationGoodTransactionResponse200DataTypesDataMasterType1": ".storage_operation_good_transaction_response_200_data_types_data_master_type_1",
    "StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit": ".storage_operation_good_transaction_response_200_data_types_data_sale_unit",
    "StorageOperationGoodTransactionResponse200DataTypesDataType": ".storage_operation_good_transaction_response_200_data_types_data_type",
    "StorageOperationGoodTransactionResponse200DataTypesDataUnit": ".storage_operation_good_transaction_response_200_data_types_data_unit",
    "StorageOperationGoodTransactionResponseDataTypes": ".storage_operation_good_transaction_response_data_types",
    "StorageOperationGoodTransactionResponseDataTypesDataItem": ".storage_operation_good_transaction_response_data_types_data_item",
    "StorageOperationGoodTransactionResponseDataTypesMeta": ".storage_operation_good_transaction_response_data_types_meta",
    "StorageOperationOperationRequestDataTypes": ".storage_operation_operation_request_data_types",
    "StorageOperationOperationResponseDataTypes": ".storage_operation_operation_response_data_types",
    "StorageOperationOperationResponseDataTypesData": ".storage_operation_operation_response_data_types_data",
    "StorageOperationOperationResponseDataTypesDataDocument": ".storage_operation_operation_response_data_types_data_document",
    "StorageOperationOperationResponseDataTypesDataDocumentCompany": ".storage_operation_operation_response_data_types_data_document_company",
    "StorageOperationOperationResponseDataTypesDataDocumentUser": ".storage_operation_operation_response_data_types_data_document_user",
    "StorageOperationOperationResponseDataTypesDataTransactionsItem": ".storage_operation_operation_response_data_types_data_transactions_item",
    "StorageOperationOperationResponseDataTypesDataTransactionsItemUnit": ".storage_operation_operation_response_data_types_data_transactions_item_unit",
    "StorageResponseDataTypes": ".storage_response_data_types",
    "StorageResponseDataTypesDataItem": ".storage_response_data_types_data_item",
    "StoragesTransactionResponseDataTypes": ".storages_transaction_response_data_types",
    "SuccessResponse200": ".success_response_200",
    "Tag": ".tag",
    "TagAttributes": ".tag_attributes",
    "TagAttributesEntityType": ".tag_attributes_entity_type",
    "TagsCompanyEntityResponse200DataTypes": ".tags_company_entity_response_200_data_types",
    "TagsCompanyEntityResponse200DataTypesDataItem": ".tags_company_entity_response_200_data_types_data_item",
    "TagsCreateResponse200DataTypes": ".tags_create_response_200_data_types",
    "TagsCreateResponse200DataTypesData": ".tags_create_response_200_data_types_data",
    "TagsUpdateRequestDataTypes": ".tags_update_request_data_types",
    "TaxSystemResponseDataTypes": ".tax_system_response_data_types",
    "TaxSystemResponseDataTypesDataItem": ".tax_system_response_data_types_data_item",
    "TaxSystemResponseDataTypesDataItemVatsItem": ".tax_system_response_data_types_data_item_vats_item",
    "TaxSystemResponseDataTypesMeta": ".tax_system_response_data_types_meta",
    "TeamMember": ".team_member",
    "TeamMemberListItem": ".team_member_list_item",
    "TeamMemberPositionResource": ".team_member_position_resource",
    "TeamMemberPositionResourceAttributes": ".team_member_position_resource_attributes",
    "TeamMemberPositionResourceAttributesServicesBindingType": ".team_member_position_resource_attributes_services_binding_type",
    "TeamMemberPositionType0": ".team_member_position_type_0",
    "TeamMemberResource": ".team_member_resource",
    "TeamMemberResourceAttributes": ".team_member_resource_attributes",
    "TeamMemberResourceRelationships": ".team_member_resource_relationships",
    "TechnologicalCardsConsumablesResponse200DataTypes": ".technological_cards_consumables_response_200_data_types",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItem": ".technological_cards_consumables_response_200_data_types_data_item",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem": ".technological_cards_consumables_response_200_data_types_data_item_consumables_item",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood": ".technological_cards_consumables_response_200_data_types_data_item_consumables_item_good",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem": ".technological_cards_consumables_response_200_data_types_data_item_technological_cards_item",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem": ".technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item",
    "TechnologicalCardsConsumablesResponse200DeleteDataTypes": ".technological_cards_consumables_response_200_delete_data_types",
    "TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem": ".technological_cards_consumables_response_200_delete_data_types_data_item",
    "TechnologicalCardsConsumablesResponse200DeleteDataTypesMeta": ".technological_cards_consumables_response_200_delete_data_types_meta",
    "TechnologicalCardsResponse200DataTypes": ".technological_cards_response_200_data_types",
    "TechnologicalCardsResponse200DataTypesDataType1": ".technological_cards_response_200_data_types_data_type_1",
    "TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem": ".technological_cards_response_200_data_types_data_type_1_technological_card_items_item",
    "TimetableEventSchedule": ".timetable_event_schedule",
    "TimetableEventScheduleClientSchedule": ".timetable_event_schedule_client_schedule",
    "TimetableEventScheduleDay": ".timetable_event_schedule_day",
    "TimetableEventScheduleDayDayOfWeek": ".timetable_event_schedule_day_day_of_week",
    "TimetableEventScheduleEvent": ".timetable_event_schedule_event",
    "TimetableEventScheduleEventEventEntityType": ".timetable_event_schedule_event_event_entity_type",
    "TimetableEventScheduleEventEventStatus": ".timetable_event_schedule_event_event_status",
    "TimetableEventScheduleOriginalEntityType": ".timetable_event_schedule_original_entity_type",
    "TipsReduce": ".tips_reduce",
    "TipsReduceWithFullInfo": ".tips_reduce_with_full_info",
    "TipsSettingResponseDataTypes": ".tips_setting_response_data_types",
    "TipsSettingResponseDataTypesDataItem": ".tips_setting_response_data_types_data_item",
    "TipsSettingResponseDataTypesDataItemStaff": ".tips_setting_response_data_types_data_item_staff",
    "TipsSettingResponseDataTypesDataItemStaffEmployee": ".tips_setting_response_data_types_data_item_staff_employee",
    "TipsSettingResponseDataTypesDataItemStaffPosition": ".tips_setting_response_data_types_data_item_staff_position",
    "TipsSettingResponseDataTypesDataItemStaffUser": ".tips_setting_response_data_types_data_item_staff_user",
    "TipsSettingResponseDataTypesMeta": ".tips_setting_response_data_types_meta",
    "ToManyRelationship": ".to_many_relationship",
    "ToOneRelationship": ".to_one_relationship",
    "Transaction": ".transaction",
    "TransactionAccount": ".transaction_account",
    "TransactionClient": ".transaction_client",
    "TransactionCompanyidResponseDataTypes": ".transaction_companyid_response_data_types",
    "TransactionExpense": ".transaction_expense",
    "TransactionMaster": ".transaction_master",
    "TransactionSupplier": ".transaction_supplier",
    "UnitResource": ".unit_resource",
    "UnitResourceAttributes": ".unit_resource_attributes",
    "UnlinkAppointmentServiceAssociationBody": ".unlink_appointment_service_association_body",
    "UpdateClientBody": ".update_client_body",
    "UpdateClientBodyLabels": ".update_client_body_labels",
    "UpdateEventNotificationSettingsBody": ".update_event_notification_settings_body",
    "UpdateServiceLinksBody": ".update_service_links_body",
    "UpdateServiceLinksBodyMasterSettingsItem": ".update_service_links_body_master_settings_item",
    "UpdateServiceLinksBodyMasterSettingsItemPrice": ".update_service_links_body_master_settings_item_price",
    "UpdateServiceLinksBodyTranslationsItem": ".update_service_links_body_translations_item",
    "UpdateServiceLinksResponse200": ".update_service_links_response_200",
    "UpdateServiceTeamMemberAssignmentBody": ".update_service_team_member_assignment_body",
    "UpdateTagBody": ".update_tag_body",
    "UpdateTagBodyEntity": ".update_tag_body_entity",
    "UpdateTeamMemberScheduleBody": ".update_team_member_schedule_body",
    "UpdateTeamMemberScheduleBodySlots": ".update_team_member_schedule_body_slots",
    "UpdateTimetableClientScheduleBody": ".update_timetable_client_schedule_body",
    "UpdateTimetableEventScheduleBody": ".update_timetable_event_schedule_body",
    "UpdateTimetableScheduleDayBody": ".update_timetable_schedule_day_body",
    "UpdateUserPermissionsBody": ".update_user_permissions_body",
    "UploadClientFileBody": ".upload_client_file_body",
    "UploadImageBody": ".upload_image_body",
    "UploadImageResponse200": ".upload_image_response_200",
    "UserAuthResponse": ".user_auth_response",
    "UserInviteResponseDataTypes": ".user_invite_response_data_types",
    "UserInviteResponseDataTypesMeta": ".user_invite_response_data_types_meta",
    "UserNameAvatar": ".user_name_avatar",
    "UserPermissionOption": ".user_permission_option",
    "UserPermissionType": ".user_permission_type",
    "UserPermissionTypeSlug": ".user_permission_type_slug",
    "UserPermissionValue": ".user_permission_value",
    "UserPermissionWithChildren": ".user_permission_with_children",
    "UserPermissionWithChildrenChildrenItem": ".user_permission_with_children_children_item",
    "UserPermissionsResponseDataTypes": ".user_permissions_response_data_types",
    "UserPermissionsResponseDataTypesData": ".user_permissions_response_data_types_data",
    "UserPermissionsResponseDataTypesDataClients": ".user_permissions_response_data_types_data_clients",
    "UserPermissionsResponseDataTypesDataComers": ".user_permissions_response_data_types_data_comers",
    "UserPermissionsResponseDataTypesDataDashboard": ".user_permissions_response_data_types_data_dashboard",
    "UserPermissionsResponseDataTypesDataFinances": ".user_permissions_response_data_types_data_finances",
    "UserPermissionsResponseDataTypesDataLoyalty": ".user_permissions_response_data_types_data_loyalty",
    "UserPermissionsResponseDataTypesDataNotification": ".user_permissions_response_data_types_data_notification",
    "UserPermissionsResponseDataTypesDataOnlineRecord": ".user_permissions_response_data_types_data_online_record",
    "UserPermissionsResponseDataTypesDataOther": ".user_permissions_response_data_types_data_other",
    "UserPermissionsResponseDataTypesDataRecordForm": ".user_permissions_response_data_types_data_record_form",
    "UserPermissionsResponseDataTypesDataSecurity": ".user_permissions_response_data_types_data_security",
    "UserPermissionsResponseDataTypesDataSettings": ".user_permissions_response_data_types_data_settings",
    "UserPermissionsResponseDataTypesDataStorages": ".user_permissions_response_data_types_data_storages",
    "UserPermissionsResponseDataTypesDataTimetable": ".user_permissions_response_data_types_data_timetable",
    "UserRecordsResponseDataTypes": ".user_records_response_data_types",
    "UserRecordsResponseDataTypesDataItem": ".user_records_response_data_types_data_item",
    "UserRecordsResponseDataTypesDataItemCompany": ".user_records_response_data_types_data_item_company",
    "UserRecordsResponseDataTypesDataItemServicesItem": ".user_records_response_data_types_data_item_services_item",
    "UserRecordsResponseDataTypesDataItemStaff": ".user_records_response_data_types_data_item_staff",
    "UserRecordsResponseDataTypesDataItemStaffPosition": ".user_records_response_data_types_data_item_staff_position",
    "UserRolePermissions": ".user_role_permissions",
    "UserRolePermissionsUserRole": ".user_role_permissions_user_role",
    "UserRoleWithSalonAndUser": ".user_role_with_salon_and_user",
    "UserRoleWithSalonAndUserSlug": ".user_role_with_salon_and_user_slug",
    "VisitDetailsDataTypes": ".visit_details_data_types",
    "VisitDetailsDataTypesData": ".visit_details_data_types_data",
    "VisitDetailsDataTypesDataItemsItem": ".visit_details_data_types_data_items_item",
    "VisitDetailsDataTypesDataKkmTransactionDetailsContainer": ".visit_details_data_types_data_kkm_transaction_details_container",
    "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem": ".visit_details_data_types_data_kkm_transaction_details_container_transactions_item",
    "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument": ".visit_details_data_types_data_kkm_transaction_details_container_transactions_item_document",
    "VisitDetailsDataTypesDataLoyaltyTransactionsItem": ".visit_details_data_types_data_loyalty_transactions_item",
    "VisitDetailsDataTypesDataPaymentTransactionsItem": ".visit_details_data_types_data_payment_transactions_item",
    "VisitDetailsDataTypesDataPaymentTransactionsItemClient": ".visit_details_data_types_data_payment_transactions_item_client",
    "VisitLoyaltyApplyResponseDataTypes": ".visit_loyalty_apply_response_data_types",
    "VisitLoyaltyApplyResponseDataTypesItemsItem": ".visit_loyalty_apply_response_data_types_items_item",
    "VisitLoyaltyApplyResponseDataTypesKkmTransactionDetailsContainer": ".visit_loyalty_apply_response_data_types_kkm_transaction_details_container",
    "VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem": ".visit_loyalty_apply_response_data_types_loyalty_transactions_item",
    "VisitLoyaltyCancelResponseDataTypes": ".visit_loyalty_cancel_response_data_types",
    "VisitLoyaltyCancelResponseDataTypesKkmTransactionDetailsContainer": ".visit_loyalty_cancel_response_data_types_kkm_transaction_details_container",
    "VisitLoyaltyReferralRequestDataTypes": ".visit_loyalty_referral_request_data_types",
    "VisitLoyaltyRequestDataTypes": ".visit_loyalty_request_data_types",
    "VisitLoyaltyTransactionReaponseDataTypesItem": ".visit_loyalty_transaction_reaponse_data_types_item",
    "VisitLoyaltyTransactionReaponseDataTypesItemProgram": ".visit_loyalty_transaction_reaponse_data_types_item_program",
    "VisitLoyaltyTransactionReaponseDataTypesItemType": ".visit_loyalty_transaction_reaponse_data_types_item_type",
    "VisitLoyaltyWithdrawlRequestDataTypes": ".visit_loyalty_withdrawl_request_data_types",
    "VisitsVisitidDataTypes": ".visits_visitid_data_types",
    "VisitsVisitidDataTypesData": ".visits_visitid_data_types_data",
    "VisitsVisitidDataTypesDataRecordsItem": ".visits_visitid_data_types_data_records_item",
    "VisitsVisitidDataTypesDataRecordsItemClient": ".visits_visitid_data_types_data_records_item_client",
    "VisitsVisitidDataTypesDataRecordsItemDocumentsItem": ".visits_visitid_data_types_data_records_item_documents_item",
    "VisitsVisitidDataTypesDataRecordsItemStaff": ".visits_visitid_data_types_data_records_item_staff",
    "VisitsVisitidRecordidRequestDataTypes": ".visits_visitid_recordid_request_data_types",
    "VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem": ".visits_visitid_recordid_request_data_types_goods_transactions_item",
    "VisitsVisitidRecordidRequestDataTypesNewTransactionsItem": ".visits_visitid_recordid_request_data_types_new_transactions_item",
    "VisitsVisitidRecordidRequestDataTypesServicesItem": ".visits_visitid_recordid_request_data_types_services_item",
    "VoipIntegrationDisableRequestDataTypes": ".voip_integration_disable_request_data_types",
    "VoipIntegrationEnableRequestDataTypes": ".voip_integration_enable_request_data_types",
    "VoipIntegrationHistoryRequestDataTypes": ".voip_integration_history_request_data_types",
    "VoipIntegrationNotificationRequestDataTypes": ".voip_integration_notification_request_data_types",
    "VoipIntegrationResponseDataTypes": ".voip_integration_response_data_types",
    "VoipIntegrationResponseDataTypesMeta": ".voip_integration_response_data_types_meta",
    "ZReportResponseDataTypes": ".z_report_response_data_types",
    "ZReportResponseDataTypesData": ".z_report_response_data_types_data",
    "ZReportResponseDataTypesDataPaids": ".z_report_response_data_types_data_paids",
    "ZReportResponseDataTypesDataPaidsAccountsItem": ".z_report_response_data_types_data_paids_accounts_item",
    "ZReportResponseDataTypesDataPaidsDiscountItem": ".z_report_response_data_types_data_paids_discount_item",
    "ZReportResponseDataTypesDataPaidsTotal": ".z_report_response_data_types_data_paids_total",
    "ZReportResponseDataTypesDataStats": ".z_report_response_data_types_data_stats",
    "ZReportResponseDataTypesDataZData": ".z_report_response_data_types_data_z_data",
    "ZReportResponseDataTypesDataZData1481101200Item": ".z_report_response_data_types_data_z_data_1481101200_item",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItem": ".z_report_response_data_types_data_z_data_1481101200_item_masters_item",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem": ".z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers": ".z_report_response_data_types_data_z_data_1481101200_item_masters_item_others",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem": ".z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem": ".z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItemTransactionsItem": ".z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item_transactions_item",
    "ZeroOrOne": ".zero_or_one",
}

__all__ = (
    "AccountsResponseDataTypes",
    "AccountsResponseDataTypesDataItem",
    "AnalyticsReportOverallChartDailyRow",
    "AnalyticsReportOverallChartScalarItem",
    "AnalyticsReportOverallClientStats",
    "AnalyticsReportOverallFullnessStats",
    "AnalyticsReportOverallRecordStats",
    "AnalyticsReportOverallStats",
    "AnalyticsReportOverallSumStats",
    "Appointment",
    "AppointmentClient",
    "AppointmentComerPersonInfo",
    "AppointmentConsumablesItem",
    "AppointmentDocumentsItem",
    "AppointmentFinanceTransactionsItem",
    "AppointmentFinanceTransactionsItemClient",
    "AppointmentFinanceTransactionsItemExpense",
    "AppointmentListItem",
    "AppointmentListItemClient",
    "AppointmentListItemDocumentsItem",
    "AppointmentListItemServicesItem",
    "AppointmentRecordLabelsItem",
    "AppointmentResource",
    "AppointmentResourceAttributes",
    "AppointmentResourceAttributesAttendance",
    "AppointmentResourceAttributesAttendanceStatus",
    "AppointmentResourceAttributesAttendanceStatusSlug",
    "AppointmentResourceAttributesPaidFull",
    "AppointmentResourceRelationships",
    "AppointmentServicesItem",
    "AppointmentServicesItemCompanyServiceLink",
    "AppointmentServicesItemStaffServiceLink",
    "AppointmentStaff",
    "AppointmentStaffPosition",
    "AssignServiceToTeamMemberBody",
    "AssignServiceToTeamMemberResponse201",
    "AttendanceProductItemResource",
    "AttendanceProductItemResourceAttributes",
    "AttendanceProductItemResourceRelationships",
    "AttendanceServiceResource",
    "AttendanceServiceResourceAttributes",
    "AttendanceServiceSuggestionResource",
    "AttendanceServiceSuggestionResourceAttributes",
    "AttendanceServiceSuggestionResourceAttributesSuggestionType",
    "AttendanceServiceSuggestionResourceRelationships",
    "AuthRequest",
    "AuthResponse",
    "AuthResponseData",
    "AutocompleteProductsIncludeItem",
    "BookCheckCompanyidRequestDataTypes",
    "BookCheckCompanyidResponse201DataTypes",
    "BookCodeCompanyidDataTypeResponse",
    "BookCodeCompanyidDataTypeResponseMeta",
    "BookCodeCompanyidDataTypesRequest",
    "BookDatesCompanyidDataTypes",
    "BookDatesCompanyidDataTypesData",
    "BookDatesCompanyidDataTypesDataBookingDaysType0",
    "BookformCreateRequest",
    "BookformCreateRequestButtonPosition",
    "BookformCreateRequestFormPosition",
    "BookformIdInfoDataTypes",
    "BookformIdInfoDataTypesData",
    "BookformIdInfoDataTypesDataBrand",
    "BookformIdInfoDataTypesDataFeatures",
    "BookformIdInfoDataTypesDataInjection",
    "BookformIdInfoDataTypesDataLangsItem",
    "BookformIdInfoDataTypesDataLegalInfo",
    "BookformIdInfoDataTypesDataMap",
    "BookformIdInfoDataTypesDataStaffName",
    "BookformIdInfoDataTypesDataStepsItem",
    "BookformIdInfoDataTypesDataStyle",
    "BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1",
    "BookformSettingsResponse",
    "BookformSettingsResponseHeaderImages",
    "BookformUpdateRequest",
    "BookformUpdateRequestButtonPosition",
    "BookingAuthResponse",
    "BookingFormListResponseDataType",
    "BookingFormListResponseDataTypeMetaType0",
    "BookingFormResponseDataType",
    "BookingUserGetDataResponseDataTypes",
    "BookingUserIncludeItem",
    "BookingUserResource",
    "BookingUserResourceAttributes",
    "BookingUserResourceRelationships",
    "BookingUserUpdateInfoRequestDataTypes",
    "BookingUserUpdatePasswordRequestDataTypes",
    "BookingUserUpdatePasswordResponseDataTypes",
    "BookingUserUpdatePasswordResponseDataTypesData",
    "BookRecordCompanyidRecordidRecordhashResponseDataTypes",
    "BookRecordCompanyidRecordRequestDataTypes",
    "BookRecordCompanyidRecordResponseDataTypes",
    "BookRecordCompanyidRecordResponseDataTypesData",
    "BookRecordCompanyidRecordResponseDataTypesDataCompany",
    "BookRecordCompanyidRecordResponseDataTypesDataServicesItem",
    "BookRecordCompanyidRecordResponseDataTypesDataStaff",
    "BookRecordCompanyidRequestDataTypes",
    "BookRecordCompanyidRequestDataTypesAppointmentsItem",
    "BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields",
    "BookRecordCompanyidResponseDataTypes",
    "BookRecordCompanyidResponseDataTypesDataItem",
    "BookServicesCompanyidDataTypes",
    "BookServicesCompanyidDataTypesData",
    "BookServicesCompanyidDataTypesDataCategoryItem",
    "BookServicesCompanyidDataTypesDataServicesItem",
    "BookServicesCompanyidDataTypesDataServicesItemCompositeDetails",
    "BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings",
    "BookStaffCompanyidDataTypes",
    "BookStaffCompanyidDataTypesDataItem",
    "BookStaffCompanyidDataTypesDataItemPositionType0",
    "BookStaffCompanyidDataTypesDataItemUser",
    "BookStaffSeancesCompanyidStaffidDataTypes",
    "BookStaffSeancesCompanyidStaffidDataTypesData",
    "BookTimesCompanyidDataTypes",
    "BulkCreateClientsBody",
    "ChainAttendanceStatisticsResource",
    "ChainAttendanceStatisticsResourceAttributes",
    "ChainLoyaltyCertificateTypesCreateBody",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesCreateResponse200",
    "ChainLoyaltyCertificateTypesCreateResponse200Data",
    "ChainLoyaltyCertificateTypesDeleteResponse200",
    "ChainLoyaltyCertificateTypesGetResponse200",
    "ChainLoyaltyCertificateTypesGetResponse200Data",
    "ChainLoyaltyCertificateTypesListResponse200",
    "ChainLoyaltyCertificateTypesListResponse200Meta",
    "ChainLoyaltyCertificateTypesUpdateResponse200",
    "ChainLoyaltyCertificateTypesUpdateResponse200Data",
    "ChainLoyaltyMembershipsFreezeBody",
    "ChainLoyaltyMembershipsFreezeResponse200",
    "ChainLoyaltyMembershipsFreezeResponse200Data",
    "ChainLoyaltyMembershipsSetBalanceBody",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    "ChainLoyaltyMembershipsSetBalanceResponse200",
    "ChainLoyaltyMembershipsSetBalanceResponse200Data",
    "ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer",
    "ChainLoyaltyMembershipsSetPeriodBody",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId",
    "ChainLoyaltyMembershipsSetPeriodResponse200",
    "ChainLoyaltyMembershipsSetPeriodResponse200Data",
    "ChainLoyaltyMembershipsUnfreezeBody",
    "ChainLoyaltyMembershipsUnfreezeResponse200",
    "ChainLoyaltyMembershipsUnfreezeResponse200Data",
    "ChainLoyaltyMembershipType",
    "ChainLoyaltyMembershipTypeAvailabilityItem",
    "ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypeBalanceContainer",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypeBalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesArchiveBody",
    "ChainLoyaltyMembershipTypesCreateBody",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesListResponse200",
    "ChainLoyaltyMembershipTypesListResponse200Meta",
    "ChainLoyaltyMembershipTypesReadResponse200",
    "ChainLoyaltyMembershipTypesRestoreBody",
    "ChainLoyaltyMembershipTypesUpdateBody",
    "CheckMembershipsForEventResponse200",
    "CheckMembershipsForEventResponse200Data",
    "CheckMembershipsForEventResponse200DataAttributes",
    "CitiesResponseDataTypes",
    "CitiesResponseDataTypesDataItem",
    "Client",
    "ClientCategoriesItem",
    "ClientCommentContainer",
    "ClientCommentContainerType",
    "ClientCommentFileDto",
    "ClientEvent",
    "ClientEventResource",
    "ClientListItem",
    "ClientListItemCategoriesType1",
    "ClientListItemCustomFieldsType0",
    "ClientsCompanyidResponseDeprecatedDataTypes",
    "ClientsCompanyidResponseDeprecatedDataTypesMeta",
    "ClientSexId",
    "ClientsFilesClientidReaponseDataTypes",
    "ClientsFilesClientidReaponseDataTypesDataItem",
    "ClientsFilesClientidReaponseDataTypesMeta",
    "ClientVisitsHistory",
    "ClientVisitsHistoryGoodsTransaction",
    "ClientVisitsHistoryGoodsTransactionGood",
    "ClientVisitsHistoryRecord",
    "ClientVisitsHistoryRecordService",
    "ClientVisitsHistoryRecordServiceConsumable",
    "ClientVisitsHistoryRecordServicePaymentStatus",
    "Comer",
    "ComerSlug",
    "CommentsCompanyidRequestDataTypes",
    "CommentsCompanyidRessponse200DataTypes",
    "CommentsCompanyidRessponse200DataTypesDataType1",
    "CompaniesDataTypes",
    "Company",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypes",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld",
    "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypes",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats",
    "CompanyAnalyticsLoyaltyProgramsStaffDataTypesMeta",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypes",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsNew",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsOld",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStatsTotal",
    "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem",
    "CompanyAnalyticsOverallDataType",
    "CompanyCompanyidClientsSearchRequestDataTypes",
    "CompanyCompanyidClientsSearchRequestDataTypesFiltersItem",
    "CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState",
    "CompanyCompanyidClientsSearchRequestDataTypesOperation",
    "CompanyCompanyidClientsSearchRequestDataTypesOrderBy",
    "CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection",
    "CompanyCompanyidClientsSearchResponseDataTypes",
    "CompanyCompanyidClientsSearchResponseDataTypesDataItem",
    "CompanyCompanyidClientsSearchResponseDataTypesMeta",
    "CompanyCompanyidServiceCategoriesResponse200DataTypes",
    "CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1",
    "CompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0",
    "CompanyCompanyidServicesServiceidResponse200DataTypes",
    "CompanyCompanyidServicesServiceidResponse200DataTypesDataType1Item",
    "CompanyCompanyidStaffStaffidResponseDataTypes",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecated",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
    "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0",
    "CompanyCompanyIdUsersResponseDataTypes",
    "CompanyCompanyIdUsersResponseDataTypesDataItem",
    "CompanyCompanyIdUsersResponseDataTypesMeta",
    "CompanyCreateRequestDataTypes",
    "CompanyCreateResponseDataTypes",
    "CompanyCreateResponseDataTypesData",
    "CompanyGetOnlineSettingsResponseDataFieldDataTypes",
    "CompanyGetOnlineSettingsResponseDataTypes",
    "CompanyGetResponseDataTypes",
    "CompanyGetTimetableSettingsResponseDataFieldDataTypes",
    "CompanyGetTimetableSettingsResponseDataTypes",
    "CompanyLoyaltyProgramsSearchDataTypes",
    "CompanyLoyaltyProgramsSearchDataTypesDataItem",
    "CompanyLoyaltyProgramsSearchDataTypesMeta",
    "CompanyMinimal",
    "CompanyPutRequestDataTypes",
    "CompanyPutResponseDataTypes",
    "CompanyPutResponseDataTypesData",
    "CompanyPutResponseDataTypesDataAccess",
    "CompanySalonidSaleDocumentidPaymentAbonements",
    "CompanySalonidSaleDocumentidPaymentAbonementsPayment",
    "CompanySalonidSaleDocumentidPaymentAbonementsPaymentMethod",
    "CompanySalonidSaleDocumentidPaymentAccount",
    "CompanySalonidSaleDocumentidPaymentAccountPayment",
    "CompanySalonidSaleDocumentidPaymentAccountPaymentMethod",
    "CompanySalonidSaleDocumentidPaymentCertificate",
    "CompanySalonidSaleDocumentidPaymentCertificatePayment",
    "CompanySalonidSaleDocumentidPaymentCertificatePaymentMethod",
    "CompanySalonidSaleDocumentidPaymentDeposit",
    "CompanySalonidSaleDocumentidPaymentDepositPayment",
    "CompanySalonidSaleDocumentidPaymentDepositPaymentMethod",
    "CompanySalonidSaleDocumentidPaymentLoyaltyCard",
    "CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment",
    "CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod",
    "CompanySalonidSaleDocumentidPaymentLoyaltyProgram",
    "CompanySalonidSaleDocumentidPaymentLoyaltyProgramPayment",
    "CompanySalonidSaleDocumentidPaymentLoyaltyProgramPaymentMethod",
    "CompanySalonidSaleDocumentidPaymentReferal",
    "CompanySalonidSaleDocumentidPaymentReferalPayment",
    "CompanySalonidSaleDocumentidPaymentReferalPaymentMethod",
    "CompanySalonIdSaleDocumentidResponseDataTypes",
    "CompanySalonIdSaleDocumentidResponseDataTypesData",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataState",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount",
    "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense",
    "CompanyStaffPositionListDataType",
    "CompanyUpdateOnlineSettingsDataTypes",
    "CompanyUpdateTimetableSettingsDataTypes",
    "CompanyUsersDeprecatedResponseDataTypes",
    "CompanyUsersDeprecatedResponseDataTypesDataItem",
    "CompanyUsersDeprecatedResponseDataTypesDataItemAccess",
    "Consumables",
    "ConsumablesConsumablesItem",
    "CopyUserPermissionsToLocationsBody",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    "CountriesResponseDataTypes",
    "CountriesResponseDataTypesDataItem",
    "CreateClientAccountTopupOperationBody",
    "CreateClientBody",
    "CreateClientBodyCustomFields",
    "CreateClientCommentBody",
    "CreateClientCommentResponse201",
    "CreateEventDuplicationStrategyBody",
    "CreateLoyaltyCardTransactionBody",
    "CreateLoyaltyCardTransactionResponse200",
    "CreatePositionBody",
    "CreatePositionQuickBody",
    "CreatePositionQuickResponse201",
    "CreateTagV2Body",
    "CreateTeamMemberQuickBody",
    "CreateTeamMemberQuickResponse201",
    "CreateTimetableClientScheduleBody",
    "CreateTimetableClientScheduleResponse201",
    "CreateTimetableEventScheduleBody",
    "CreateTimetableEventScheduleBodyOriginalEntityType",
    "CreateTimetableEventScheduleResponse201",
    "CreateTimetableScheduleDayBody",
    "CreateTimetableScheduleDayBodyDayOfWeek",
    "CreateTimetableScheduleDayResponse201",
    "CreateUserInvitationBody",
    "CreateUserInvitationBodyInvitesItem",
    "CreateUserInvitationBodyInvitesItemUserRole",
    "Currency",
    "CustomFieldResource",
    "CustomFieldResourceAttributes",
    "CustomFieldResourceAttributesEntitySlug",
    "CustomFieldResourceAttributesParentEntityType",
    "CustomFieldResourceRelationships",
    "CustomFieldsRequestDataType",
    "CustomFieldsResponseDataTypes",
    "CustomFieldsResponseDataTypesDataType1",
    "CustomFieldsResponseDataTypesDataType1CustomField",
    "CustomFieldsResponseDataTypesDataType1CustomFieldType",
    "CustomFieldTypeResource",
    "CustomFieldTypeResourceAttributes",
    "CustomFieldUiOptionResource",
    "CustomFieldUiOptionResourceAttributes",
    "DeleteImageBody",
    "DeleteTimetableAppointmentBody",
    "DeliveryStatusRequestDataTypesItem",
    "DepositOperationResponseDataTypes",
    "DepositOperationResponseDataTypesData",
    "DepositOperationResponseDataTypesDataDepositsTransactionsItem",
    "DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit",
    "DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType",
    "DepositOperationResponseDataTypesDataDocument",
    "DepositOperationResponseDataTypesDataDocumentSalon",
    "DepositOperationResponseDataTypesDataDocumentType",
    "DepositOperationResponseDataTypesDataDocumentUser",
    "DepositOperationResponseDataTypesDataPaymentTransactionsItem",
    "DepositOperationResponseDataTypesDataPaymentTransactionsItemType",
    "DepositResource",
    "DepositResourceAttributes",
    "DevelopersLoyaltyCard",
    "EmailClientsByFilterRequestDataTypes",
    "EmailClientsByIdRequestDataTypes",
    "EmploymentProfileResource",
    "EmploymentProfileResourceAttributes",
    "EmploymentProfileResourceAttributesGender",
    "EntityType",
    "EventAppointmentCreateRequest",
    "EventAppointmentCreateRequestClient",
    "EventAppointmentCreateRequestClientAgreements",
    "EventAppointmentCreateRequestClientCustomFieldValuesItem",
    "EventAppointmentCreateRequestClientGenderType1",
    "EventAppointmentCreateRequestClientGenderType2Type1",
    "EventAppointmentCreateRequestClientGenderType3Type1",
    "EventAppointmentCreateRequestComer",
    "EventAppointmentItemResponse",
    "EventAppointmentRescheduleRequest",
    "EventAppointmentUpdateRequest",
    "EventAppointmentUpdateRequestAttendanceGoodItemsItem",
    "EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType",
    "EventAppointmentUpdateRequestAttendanceServiceItem",
    "EventBookRequest",
    "EventBookResponse",
    "EventBookResponseData",
    "EventCollectionResponse",
    "EventCreateRequest",
    "EventDatesRange",
    "EventFilter",
    "EventFilterCode",
    "EventFilterDataItem",
    "EventIncludeItem",
    "EventItemResponse",
    "EventRequest",
    "EventResource",
    "EventResourceAttributes",
    "EventResourceAttributesScheduleTill",
    "EventResourceRelationships",
    "EventResponse",
    "EventResponseData",
    "EventResponseDataDurationDetails",
    "EventResponseDataResourceInstancesItem",
    "EventResponseDataService",
    "EventResponseDataStaff",
    "EventSearchResponse",
    "EventSearchResponseDataItem",
    "EventSearchResponseDataItemService",
    "EventSearchResponseDataItemServiceCategory",
    "EventSearchResponseDataItemStaff",
    "EventSearchResponseDataItemStaffPosition",
    "EventSearchResponseMeta",
    "EventServicesResponse",
    "EventServicesResponseDataItem",
    "EventServicesResponseDataItemCategory",
    "EventServicesResponseDataItemResourcesItem",
    "EventServicesResponseDataItemStaffItem",
    "EventServicesResponseMeta",
    "EventUpdateRequest",
    "FinancesOperation",
    "FinancesOperationAccount",
    "FinancesOperationClient",
    "FinancesOperationEvent",
    "FinancesOperationEventResource",
    "FinancesOperationExpense",
    "FinancesOperationMaster",
    "FinancesOperationRecord",
    "FinancesOperationSupplier",
    "FinanceTransactionRequestDataTypes",
    "FinanceTransactionResponseDataTypes",
    "FinanceTransactionResponseDataTypesData",
    "FinanceTransactionResponseDataTypesDataAccount",
    "FinanceTransactionResponseDataTypesDataClient",
    "FinanceTransactionResponseDataTypesDataMaster",
    "FiscalizationRequestDataTypes",
    "FiscalizationRequestDataTypesCashier",
    "FiscalizationRequestDataTypesCustomer",
    "FiscalizationRequestDataTypesPaymentsItem",
    "FiscalizationRequestDataTypesPos",
    "FiscalizationRequestDataTypesPositionsItem",
    "FiscalizationRequestDataTypesType",
    "GenerateLoyaltyCodeResponse200",
    "GetAppointmentCalendarSessionsResponse200",
    "GetAttendanceBookingUserResponse200",
    "GetAttendanceProductItemIncludeItem",
    "GetAttendanceProductItemResponse200",
    "GetBookingUserChainAttendanceStatisticsResponse200",
    "GetBookingUserLocationAttendanceStatisticsResponse200",
    "GetChainClientAccountHistoryResponse200",
    "GetChainClientAccountHistoryResponse200DataItem",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransaction",
    "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType",
    "GetChainLoyaltyProgramInclude",
    "GetChainLoyaltyTransactionListTypesItem",
    "GetChainServiceCategoryListInclude",
    "GetEventDateRangeResponse200",
    "GetEventSearchFiltersResponse200",
    "GetI18nOptionsResponse200",
    "GetLocationListIncludeItem",
    "GetLocationLoyaltyProgramListType",
    "GetLocationSubscriptionInformationResponse200",
    "GetMarketplaceIntegrationStatusResponse200",
    "GetMarketplaceIntegrationStatusResponse200Data",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus",
    "GetMarketplaceIntegrationStatusResponse200DataLogsItem",
    "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem",
    "GetPositionResponse200",
    "GetProductCategoryIncludeItem",
    "GetProductCategoryResponse200",
    "GetProductV2IncludeItem",
    "GetProductV2Response200",
    "GetServiceV2Response200",
    "GetTagListByEntityEntity",
    "GetTagResponse200",
    "GetTagResponse200Data",
    "GetTeamMemberCalculationSchemesCountResponse200",
    "GetTeamMemberPayrollCalculationResponse200",
    "GetTeamMemberSalaryPeriodResponse200",
    "GetTeamMemberSalarySchemesResponse200",
    "GetTeamMemberScheduleListIncludeItem",
    "GetTeamMemberScheduleListResponse200",
    "GetTeamMemberScheduleListResponse200Meta",
    "GetTeamMemberScheduleResponse200",
    "GetTimeslotSettingsResponse200",
    "GetTimeslotSettingsResponse200Data",
    "GetTimeslotSettingsResponse200DataDatesSettingsItem",
    "GetTimeslotSettingsResponse200DataDatesSettingsItemSetting",
    "GetTimeslotSettingsResponse200DataDatesSettingsItemSettingGridBaseType",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting",
    "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType",
    "GetUserPermissionsResponse200",
    "GiftCard",
    "GiftCardStatus",
    "GiftCardType",
    "GiftCardTypeItemType",
    "Good",
    "GoodEvent",
    "GoodEventResource",
    "GoodEventStatus",
    "GoodsCategoriesPostPutResponseDataTypes",
    "GoodsCategoriesPostPutResponseDataTypesData",
    "GoodsCategoriesRequestDataTypes",
    "GoodsCategoriesResponse200DataTypes",
    "GoodsCategoriesResponse200DataTypesDataItem",
    "GoodsCategoriesResponse200DataTypesMetaType0",
    "GoodsCategoryNodeResponse200DataTypes",
    "GoodsCategoryNodeResponse200DataTypesData",
    "GoodsCompanyGoodsIdResponse200DataTypes",
    "GoodsCompanyRequestDataType",
    "GoodsCompanyRequestWithRulesDataType",
    "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem",
    "GoodsListResponse",
    "GoodsOperationEvent",
    "GoodsOperationEventResource",
    "GoodsOperations",
    "GoodsOperationsClient",
    "GoodsOperationsGood",
    "GoodsOperationsUnit",
    "GoodsSearchResponse200DataTypes",
    "GoodsSearchResponse200DataTypesDataItem",
    "GoodsSearchResponse200DataTypesMeta",
    "GroupGroupidClientsResponseDataTypes",
    "GroupGroupidClientsResponseDataTypesData",
    "GroupGroupidClientsResponseDataTypesDataClientsItem",
    "GroupsResponseDataTypes",
    "GroupsResponseDataTypesDataItem",
    "GroupsResponseDataTypesDataItemAccess",
    "GroupsResponseDataTypesDataItemCompaniesItem",
    "HooksSettingsResponseDataTypes",
    "HooksSettingsResponseDataTypesData",
    "IdAndTitle",
    "Image",
    "ImageGroup",
    "ImageGroupImageGroup",
    "IncludedResource",
    "IncludeForDayItem",
    "IncludeForRolesItem",
    "IncludeForScheduleExtendedItem",
    "IncludeForScheduleItem",
    "IncludeItem",
    "JsonObject",
    "KkmTransactionsPrintResponseDataType",
    "KkmTransactionsPrintResponseDataTypeData",
    "KkmTransactionsResponseDataType",
    "KkmTransactionsResponseDataTypeDataItem",
    "KkmTransactionsResponseDataTypeDataItemCashier",
    "KkmTransactionsResponseDataTypeDataItemDocument",
    "KkmTransactionsResponseDataTypeDataItemStatus",
    "KkmTransactionsResponseDataTypeDataItemType",
    "KkmTransactionsResponseDataTypeMeta",
    "LicenseOption",
    "ListAppointmentsResponse200",
    "ListAttendanceAppointmentsResponse200",
    "ListAttendanceServicesResponse200",
    "ListAttendanceServiceSuggestionsIncludeItem",
    "ListAttendanceServiceSuggestionsResponse200",
    "ListClientCommentsResponse200",
    "ListCompositeServiceAttendanceServicesResponse200",
    "ListCustomFieldsFilterentitySlug",
    "ListCustomFieldsIncludeItem",
    "ListCustomFieldsResponse200",
    "ListEventsFiltersort",
    "ListPositionsResponse200",
    "ListProductCategoriesResponse200",
    "ListProductsFilterrelatedLoyaltyEntitySlug",
    "ListProductsIncludeItem",
    "ListProductsResponse200",
    "ListProductsResponse200Meta",
    "ListProductStorageAmountsIncludeItem",
    "ListProductStorageAmountsResponse200",
    "ListProductUnitsResponse200",
    "ListResourceOccupationsResponse200",
    "ListRolesResponse200",
    "ListServiceCategoriesResponse200",
    "ListServicesIncludeItem",
    "ListServicesResponse200",
    "ListTagsEntity",
    "ListTagsResponse200",
    "ListTagsResponse200DataItem",
    "ListTeamMembersFilterfired",
    "ListTeamMembersIncludeItem",
    "ListTeamMembersResponse200",
    "ListTimetableScheduleDayEventsResponse200",
    "ListVoipCallsResponse200",
    "ListVoipCallsResponse200DataItem",
    "ListVoipCallsResponse200DataItemStatus",
    "ListVoipCallsResponse200DataItemType",
    "ListVoipCallsStatusesItem",
    "ListVoipCallsTypesItem",
    "Location",
    "LocationAccess",
    "LocationAttendanceStatisticsResource",
    "LocationAttendanceStatisticsResourceAttributes",
    "LocationBookformsItem",
    "LocationGroups",
    "LocationListItem",
    "LocationListItemBookingWidgetPromo",
    "LocationMainGroupType0",
    "LocationPaymentPolicy",
    "LocationPaymentPolicyType",
    "LocationSocial",
    "LoyaltyAbonementsResponseDataTypes",
    "LoyaltyAbonementsResponseDataTypesMeta",
    "LoyaltyAbonementsTypeSearchResponseDataTypes",
    "LoyaltyAbonementsTypeSearchResponseDataTypesDataItem",
    "LoyaltyAbonementsTypeSearchResponseDataTypesMeta",
    "LoyaltyCard",
    "LoyaltyCardEvent",
    "LoyaltyCardEventResource",
    "LoyaltyCardsRequestDataTypes",
    "LoyaltyCardsResponseDataTypes",
    "LoyaltyCardsResponseDataTypesProgramsItem",
    "LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType",
    "LoyaltyCardsResponseDataTypesProgramsItemRulesItem",
    "LoyaltyCardsResponseDataTypesSalonGroup",
    "LoyaltyCardsResponseDataTypesType",
    "LoyaltyCardType",
    "LoyaltyCardTypesResponseDataTypesItem",
    "LoyaltyCardTypesResponseDataTypesItemSalonGroup",
    "LoyaltyCertificatesResponseDataTypes",
    "LoyaltyCertificatesResponseDataTypesMeta",
    "LoyaltyCertificateTypeSearchResponseDataTypes",
    "LoyaltyCertificateTypeSearchResponseDataTypesDataItem",
    "LoyaltyCertificateTypeSearchResponseDataTypesMeta",
    "LoyaltyEntityAttendanceItem",
    "LoyaltyGenerateCode200DataOption",
    "LoyaltyGenerateCode200Option",
    "LoyaltyNotificationMessageTemplate",
    "LoyaltyNotificationMessageTemplateMessageType",
    "LoyaltyNotificationMessageTemplateRequest",
    "LoyaltyNotificationMessageTemplateRequestType",
    "LoyaltyNotificationMessageTemplateType",
    "LoyaltyProgram",
    "LoyaltyProgramCreateRequest",
    "LoyaltyProgramExpirationTimeoutUnit",
    "LoyaltyProgramGoodItemType",
    "LoyaltyProgramParamsSourceType",
    "LoyaltyProgramRule",
    "LoyaltyProgramRuleRequest",
    "LoyaltyProgramServiceItemType",
    "LoyaltyProgramType",
    "LoyaltyProgramUpdateRequest",
    "LoyaltyProgramValueUnit",
    "LoyaltyTransaction",
    "LoyaltyTransactionDataItem",
    "LoyaltyTransactionMeta",
    "MarketplaceNotificationPaymentCallbackBody",
    "MarketplaceNotificationPaymentCallbackResponse200",
    "MarketplaceNotificationPaymentCallbackResponse200Data",
    "MarketplaceNotificationSettingsCallbackBody",
    "MarketplaceNotificationSettingsRedirectCallbackResponse200",
    "MarketplacePartnerApplicationAddDiscountBody",
    "MarketplacePartnerApplicationPaymentLinkResponse200",
    "MarketplacePartnerApplicationPaymentLinkResponse200Data",
    "MarketplacePartnerApplicationsTariffsListResponse200",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItem",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem",
    "MarketplacePartnerApplicationsUpdateChannelBody",
    "MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug",
    "MarketplaceWebhookEvent",
    "MarketplaceWebhookEventEvent",
    "MasterRecordReviewPostRequest",
    "MasterRecordReviewResponseDataTypes",
    "MasterRecordReviewResponseDataTypesData",
    "MasterRecordReviewResponseDataTypesDataAgreementLinks",
    "MasterRecordReviewResponseDataTypesDataCompany",
    "MasterRecordReviewResponseDataTypesDataCurrency",
    "MasterRecordReviewResponseDataTypesDataLanguage",
    "MasterRecordReviewResponseDataTypesDataMaster",
    "MasterRecordReviewResponseDataTypesDataRecord",
    "MasterServiceLink",
    "MasterWithPosition",
    "Membership",
    "MembershipBalanceContainer",
    "MembershipBalanceContainerLinksItem",
    "MembershipBalanceContainerLinksItemCategory",
    "MembershipBalanceContainerLinksItemService",
    "MembershipStatus",
    "MembershipType",
    "MembershipTypeCounts",
    "NotificationSettingsNotificationTypesDataType",
    "NotificationSettingsNotificationTypesDataTypeDataItem",
    "NotificationSettingsNotificationTypesDataTypeDataItemChannels",
    "NotificationSettingsNotificationTypesDataTypeMeta",
    "NotificationSettingsUsersDataType",
    "NotificationSettingsUsersDataTypeData",
    "NotificationSettingsUsersDataTypeDataMode",
    "NotificationSettingsUsersDataTypeDataNotificationTypesItem",
    "NotificationSettingsUsersDataTypeDataNotificationTypesItemType",
    "NotificationSettingsUsersRequestDataType",
    "NotificationSettingsUsersRequestDataTypeNotificationTypesItem",
    "NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels",
    "Pagination",
    "PhoneCodeAuthRequest",
    "Position",
    "PositionCompact",
    "PositionResource",
    "PositionResourceAttributes",
    "PositionServicesBindingType",
    "PrintFiscalReceiptBody",
    "Product",
    "ProductActualAmountsItem",
    "ProductCategoryResource",
    "ProductCategoryResourceAttributes",
    "ProductCategoryResourceRelationships",
    "ProductListItem",
    "ProductResource",
    "ProductResourceAttributes",
    "ProductResourceRelationships",
    "ProductTransaction",
    "ProductTransactionGood",
    "ProductTransactionMaster",
    "ProductTransactionService",
    "ProductTransactionStorage",
    "ProductTransactionSupplier",
    "ProductTransactionUnit",
    "Record",
    "RecordClient",
    "RecordCompanyidResponse201DataTypes",
    "RecordCompanyidResponse201DataTypesData",
    "RecordCompanyidResponse201DataTypesDataClient",
    "RecordCompanyidResponse201DataTypesDataServicesItem",
    "RecordCompanyidResponse201DataTypesDataStaff",
    "RecordCompanyidResponseDataTypes",
    "RecordEvent",
    "RecordEventResource",
    "RecordRecordLabelsItem",
    "RecordsCompanyidRequestDataTypesClient",
    "RecordsCompanyidRequestDataTypesCustomFields",
    "RecordsCompanyidRequestDataTypesServicesItem",
    "RecordsCompanyidRequestDataTypesType0",
    "RecordsCompanyidRequestDataTypesType0ActivityId",
    "RecordsCompanyidRequestDataTypesType1",
    "RecordsCompanyidResponseDataTypes",
    "RecordsCompanyidResponseDataTypesMeta",
    "RecordServicesItem",
    "RecordStaff",
    "ReferencesBusinessGroupResponseDataTypes",
    "ReferencesBusinessGroupResponseDataTypesDataItem",
    "ReferencesBusinessGroupResponseDataTypesDataItemTypesItem",
    "ReferencesBusinessGroupResponseDataTypesMeta",
    "RemoveUserFromLocationsBody",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem",
    "ResourceIdentifier",
    "ResourceInstance",
    "ResourceOccupationResource",
    "ResourceOccupationResourceAttributes",
    "ResourceOccupationResourceAttributesSourceType",
    "ResourceOccupationResourceAttributesSourceTypeSlug",
    "ResourcesCompanyidDataTypes",
    "ResourcesCompanyidDataTypesDataItem",
    "ResourcesCompanyidDataTypesDataItemInstancesItem",
    "ResourcesCompanyidDataTypesMeta",
    "ResponseDataNullObjectType0",
    "ResponseMetaCountObject",
    "ResponseMetaDatePaginatorObject",
    "ResponseMetaDatePaginatorObjectDateCursor",
    "ResponseMetaDatePaginatorObjectDateCursorCurrent",
    "ResponseMetaDatePaginatorObjectDateCursorNext",
    "ResponseMetaDatePaginatorObjectDateCursorPrevious",
    "SalaryPayrollCalculation",
    "SalaryPayrollCalculationContainer",
    "SalaryPayrollCalculationItemContainer",
    "SalaryPayrollCalculationItemContainerItemTypeSlug",
    "SalaryPayrollCalculationItemDiscrepancy",
    "SalaryPayrollCalculationItemDiscrepancyReason",
    "SalaryPayrollCalculationItemInfoContainer",
    "SalaryPayrollCalculationItemPaidContainer",
    "SalaryPayrollCalculationItemTargetCalculation",
    "SalaryPayrollCalculationItemTargetCalculationTypeSlug",
    "SalaryPayrollCalculationItemTargetContainer",
    "SalaryPayrollCalculationItemTargetContainerTargetTypeSlug",
    "SalaryPayrollCalculationStatus",
    "SalaryStaffBalance",
    "SalaryStaffCalculation",
    "SalaryStaffCalculationDaily",
    "SalaryStaffCalculationDailyPayrollDailyItem",
    "SalaryStaffPeriod",
    "SalaryStaffPeriodDaily",
    "SalaryStaffPeriodDailyPeriodCalculationDailyItem",
    "SalaryStaffScheme",
    "SalaryStaffSchemeSalaryScheme",
    "SalaryStaffSchemesCount",
    "SalaryStaffSummary",
    "Salon",
    "SalonActive",
    "SalonEvent",
    "SalonEventResource",
    "SalonSchedule",
    "SalonSocial",
    "Schedule",
    "ScheduleBusyIntervalsItem",
    "ScheduleBusyIntervalsItemEntityType",
    "ScheduleEvent",
    "ScheduleEventResource",
    "ScheduleSlotsItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem",
    "SearchClientVisitsBody",
    "SearchClientVisitsBodyAttendance",
    "SearchClientVisitsBodyPaymentStatusesItem",
    "SearchClientVisitsResponse200",
    "SearchMembershipsForEventResponse200",
    "SearchMembershipsForEventResponse200DataItem",
    "SearchMembershipsForEventResponse200DataItemAttributes",
    "SearchMembershipsForEventResponse200DataItemRelationships",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData",
    "SearchTeamMemberCalculationDailySalaryResponse200",
    "SearchTeamMemberPayrollCalculationResponse200",
    "SearchTeamMemberPeriodDailySalaryResponse200",
    "SearchTeamMemberPeriodSalaryResponse200",
    "Service",
    "ServiceCategoriesCompanyidRequestDataTypes",
    "ServiceCategoriesCompanyidResponseDataTypes",
    "ServiceCategoriesCompanyidResponseDataTypesData",
    "ServiceCategory",
    "ServiceCategoryEvent",
    "ServiceCategoryEventResource",
    "ServiceCategoryResource",
    "ServiceCategoryResourceAttributes",
    "ServiceCategoryTitle",
    "ServiceDetails",
    "ServiceEvent",
    "ServiceEventResource",
    "ServiceListItem",
    "ServiceResource",
    "ServiceResourceAttributes",
    "ServiceResourceRelationships",
    "ServicesChangeCompanyidRequestDataTypes",
    "ServicesChangeCompanyidResponseDataTypes",
    "ServicesChangeCompanyidResponseDataTypesData",
    "ServicesChangeCompanyidResponseDataTypesDataStaffItem",
    "ServicesCompanyidRequestDataTypes",
    "ServicesCompanyidRequestDataTypesStaffItem",
    "ServicesCompanyidResponseDataTypes",
    "ServicesCompanyidResponseDataTypesData",
    "ServicesCompanyidResponseDataTypesDataStaffItem",
    "ServicesListResponse",
    "ServiceStaffItem",
    "ServiceTitle",
    "SetMarketplaceNotificationShortNamesBody",
    "SetTeamMemberScheduleBody",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    "SetTeamMemberScheduleBodySchedulesToSetItem",
    "SetTeamMemberScheduleResponse200",
    "SetTeamMemberScheduleResponse200DataItem",
    "SetTeamMemberScheduleResponse200DataItemSlotsItem",
    "SetTeamMemberScheduleResponse200Meta",
    "Slot",
    "SmsClientsByFilterRequestDataTypes",
    "SmsClientsByIdRequestDataTypes",
    "SmsClientsByIdResponseDataTypes",
    "SmsClientsByIdResponseDataTypesMeta",
    "Staff",
    "StaffCompanyidRequestDataTypes",
    "StaffEvent",
    "StaffEventResource",
    "StaffFired",
    "StaffImageGroup",
    "StaffListResponse",
    "StaffPositionObject",
    "StaffPositionType0",
    "StaffUser",
    "StatisticsAttributes",
    "StatisticsRelationships",
    "StorageAmountResource",
    "StorageAmountResourceAttributes",
    "StorageAmountResourceRelationships",
    "StorageOperationDocumentsRequestDataTypes",
    "StorageOperationDocumentsResponseDataTypes",
    "StorageOperationDocumentsResponseDataTypesData",
    "StorageOperationDocumentsResponseDataTypesDataCompany",
    "StorageOperationDocumentsResponseDataTypesDataType",
    "StorageOperationDocumentsResponseDataTypesDataUser",
    "StorageOperationFinanceTransactionResponseDataTypes",
    "StorageOperationFinanceTransactionResponseDataTypesDataItem",
    "StorageOperationFinanceTransactionResponseDataTypesDataItemAccount",
    "StorageOperationFinanceTransactionResponseDataTypesDataItemClient",
    "StorageOperationGoodTransactionRequestDataTypes",
    "StorageOperationGoodTransactionResponse200DataTypes",
    "StorageOperationGoodTransactionResponse200DataTypesData",
    "StorageOperationGoodTransactionResponse200DataTypesDataClientType1",
    "StorageOperationGoodTransactionResponse200DataTypesDataGood",
    "StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType",
    "StorageOperationGoodTransactionResponse200DataTypesDataMasterType1",
    "StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit",
    "StorageOperationGoodTransactionResponse200DataTypesDataType",
    "StorageOperationGoodTransactionResponse200DataTypesDataUnit",
    "StorageOperationGoodTransactionResponseDataTypes",
    "StorageOperationGoodTransactionResponseDataTypesDataItem",
    "StorageOperationGoodTransactionResponseDataTypesMeta",
    "StorageOperationOperationRequestDataTypes",
    "StorageOperationOperationResponseDataTypes",
    "StorageOperationOperationResponseDataTypesData",
    "StorageOperationOperationResponseDataTypesDataDocument",
    "StorageOperationOperationResponseDataTypesDataDocumentCompany",
    "StorageOperationOperationResponseDataTypesDataDocumentUser",
    "StorageOperationOperationResponseDataTypesDataTransactionsItem",
    "StorageOperationOperationResponseDataTypesDataTransactionsItemUnit",
    "StorageResponseDataTypes",
    "StorageResponseDataTypesDataItem",
    "StoragesTransactionResponseDataTypes",
    "SuccessResponse200",
    "Tag",
    "TagAttributes",
    "TagAttributesEntityType",
    "TagsCompanyEntityResponse200DataTypes",
    "TagsCompanyEntityResponse200DataTypesDataItem",
    "TagsCreateResponse200DataTypes",
    "TagsCreateResponse200DataTypesData",
    "TagsUpdateRequestDataTypes",
    "TaxSystemResponseDataTypes",
    "TaxSystemResponseDataTypesDataItem",
    "TaxSystemResponseDataTypesDataItemVatsItem",
    "TaxSystemResponseDataTypesMeta",
    "TeamMember",
    "TeamMemberListItem",
    "TeamMemberPositionResource",
    "TeamMemberPositionResourceAttributes",
    "TeamMemberPositionResourceAttributesServicesBindingType",
    "TeamMemberPositionType0",
    "TeamMemberResource",
    "TeamMemberResourceAttributes",
    "TeamMemberResourceRelationships",
    "TechnologicalCardsConsumablesResponse200DataTypes",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItem",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem",
    "TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem",
    "TechnologicalCardsConsumablesResponse200DeleteDataTypes",
    "TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem",
    "TechnologicalCardsConsumablesResponse200DeleteDataTypesMeta",
    "TechnologicalCardsResponse200DataTypes",
    "TechnologicalCardsResponse200DataTypesDataType1",
    "TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem",
    "TimetableEventSchedule",
    "TimetableEventScheduleClientSchedule",
    "TimetableEventScheduleDay",
    "TimetableEventScheduleDayDayOfWeek",
    "TimetableEventScheduleEvent",
    "TimetableEventScheduleEventEventEntityType",
    "TimetableEventScheduleEventEventStatus",
    "TimetableEventScheduleOriginalEntityType",
    "TipsReduce",
    "TipsReduceWithFullInfo",
    "TipsSettingResponseDataTypes",
    "TipsSettingResponseDataTypesDataItem",
    "TipsSettingResponseDataTypesDataItemStaff",
    "TipsSettingResponseDataTypesDataItemStaffEmployee",
    "TipsSettingResponseDataTypesDataItemStaffPosition",
    "TipsSettingResponseDataTypesDataItemStaffUser",
    "TipsSettingResponseDataTypesMeta",
    "ToManyRelationship",
    "ToOneRelationship",
    "Transaction",
    "TransactionAccount",
    "TransactionClient",
    "TransactionCompanyidResponseDataTypes",
    "TransactionExpense",
    "TransactionMaster",
    "TransactionSupplier",
    "UnitResource",
    "UnitResourceAttributes",
    "UnlinkAppointmentServiceAssociationBody",
    "UpdateClientBody",
    "UpdateClientBodyLabels",
    "UpdateEventNotificationSettingsBody",
    "UpdateServiceLinksBody",
    "UpdateServiceLinksBodyMasterSettingsItem",
    "UpdateServiceLinksBodyMasterSettingsItemPrice",
    "UpdateServiceLinksBodyTranslationsItem",
    "UpdateServiceLinksResponse200",
    "UpdateServiceTeamMemberAssignmentBody",
    "UpdateTagBody",
    "UpdateTagBodyEntity",
    "UpdateTeamMemberScheduleBody",
    "UpdateTeamMemberScheduleBodySlots",
    "UpdateTimetableClientScheduleBody",
    "UpdateTimetableEventScheduleBody",
    "UpdateTimetableScheduleDayBody",
    "UpdateUserPermissionsBody",
    "UploadClientFileBody",
    "UploadImageBody",
    "UploadImageResponse200",
    "UserAuthResponse",
    "UserInviteResponseDataTypes",
    "UserInviteResponseDataTypesMeta",
    "UserNameAvatar",
    "UserPermissionOption",
    "UserPermissionsResponseDataTypes",
    "UserPermissionsResponseDataTypesData",
    "UserPermissionsResponseDataTypesDataClients",
    "UserPermissionsResponseDataTypesDataComers",
    "UserPermissionsResponseDataTypesDataDashboard",
    "UserPermissionsResponseDataTypesDataFinances",
    "UserPermissionsResponseDataTypesDataLoyalty",
    "UserPermissionsResponseDataTypesDataNotification",
    "UserPermissionsResponseDataTypesDataOnlineRecord",
    "UserPermissionsResponseDataTypesDataOther",
    "UserPermissionsResponseDataTypesDataRecordForm",
    "UserPermissionsResponseDataTypesDataSecurity",
    "UserPermissionsResponseDataTypesDataSettings",
    "UserPermissionsResponseDataTypesDataStorages",
    "UserPermissionsResponseDataTypesDataTimetable",
    "UserPermissionType",
    "UserPermissionTypeSlug",
    "UserPermissionValue",
    "UserPermissionWithChildren",
    "UserPermissionWithChildrenChildrenItem",
    "UserRecordsResponseDataTypes",
    "UserRecordsResponseDataTypesDataItem",
    "UserRecordsResponseDataTypesDataItemCompany",
    "UserRecordsResponseDataTypesDataItemServicesItem",
    "UserRecordsResponseDataTypesDataItemStaff",
    "UserRecordsResponseDataTypesDataItemStaffPosition",
    "UserRolePermissions",
    "UserRolePermissionsUserRole",
    "UserRoleWithSalonAndUser",
    "UserRoleWithSalonAndUserSlug",
    "VisitDetailsDataTypes",
    "VisitDetailsDataTypesData",
    "VisitDetailsDataTypesDataItemsItem",
    "VisitDetailsDataTypesDataKkmTransactionDetailsContainer",
    "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem",
    "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument",
    "VisitDetailsDataTypesDataLoyaltyTransactionsItem",
    "VisitDetailsDataTypesDataPaymentTransactionsItem",
    "VisitDetailsDataTypesDataPaymentTransactionsItemClient",
    "VisitLoyaltyApplyResponseDataTypes",
    "VisitLoyaltyApplyResponseDataTypesItemsItem",
    "VisitLoyaltyApplyResponseDataTypesKkmTransactionDetailsContainer",
    "VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem",
    "VisitLoyaltyCancelResponseDataTypes",
    "VisitLoyaltyCancelResponseDataTypesKkmTransactionDetailsContainer",
    "VisitLoyaltyReferralRequestDataTypes",
    "VisitLoyaltyRequestDataTypes",
    "VisitLoyaltyTransactionReaponseDataTypesItem",
    "VisitLoyaltyTransactionReaponseDataTypesItemProgram",
    "VisitLoyaltyTransactionReaponseDataTypesItemType",
    "VisitLoyaltyWithdrawlRequestDataTypes",
    "VisitsVisitidDataTypes",
    "VisitsVisitidDataTypesData",
    "VisitsVisitidDataTypesDataRecordsItem",
    "VisitsVisitidDataTypesDataRecordsItemClient",
    "VisitsVisitidDataTypesDataRecordsItemDocumentsItem",
    "VisitsVisitidDataTypesDataRecordsItemStaff",
    "VisitsVisitidRecordidRequestDataTypes",
    "VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem",
    "VisitsVisitidRecordidRequestDataTypesNewTransactionsItem",
    "VisitsVisitidRecordidRequestDataTypesServicesItem",
    "VoipIntegrationDisableRequestDataTypes",
    "VoipIntegrationEnableRequestDataTypes",
    "VoipIntegrationHistoryRequestDataTypes",
    "VoipIntegrationNotificationRequestDataTypes",
    "VoipIntegrationResponseDataTypes",
    "VoipIntegrationResponseDataTypesMeta",
    "ZeroOrOne",
    "ZReportResponseDataTypes",
    "ZReportResponseDataTypesData",
    "ZReportResponseDataTypesDataPaids",
    "ZReportResponseDataTypesDataPaidsAccountsItem",
    "ZReportResponseDataTypesDataPaidsDiscountItem",
    "ZReportResponseDataTypesDataPaidsTotal",
    "ZReportResponseDataTypesDataStats",
    "ZReportResponseDataTypesDataZData",
    "ZReportResponseDataTypesDataZData1481101200Item",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItem",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem",
    "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItemTransactionsItem",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
