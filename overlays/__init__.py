"""Overlays: corrections to Altegio's published OpenAPI bundles, applied before generation.

Each module fixes one quirk of the published documentation and exposes one pure function
``document -> document``. :data:`PIPELINE` is the declared order; ``python -m overlays``
merges the bundles into the index shape and runs the pipeline.
"""

from __future__ import annotations

from ._doc import Document, Overlay
from .auth_requirements import reconcile_auth
from .binary_responses import declare_binary_responses
from .client_file_upload import add_client_file_upload
from .documented_change_filters import declare_documented_change_filters
from .doubled_prefix import collapse_doubled_prefix
from .example_shapes import accept_example_shapes
from .generator_compat import generator_compat
from .inbound_payloads import lift_inbound_payloads
from .integer_ids import integer_ids
from .list_forms import add_list_forms
from .membership_type_services import membership_type_counts
from .merge_bundles import merge_bundles
from .no_content_responses import drop_no_content_bodies
from .operation_servers import route_foreign_servers
from .pagination import annotate_pagination
from .phone_code_login import phone_code_login
from .phone_queries import phone_queries
from .php_array_queries import php_array_queries
from .query_wire_names import query_wire_names
from .replacements import mark_replacements
from .schedule_staff_id import schedule_staff_id
from .schema_names import clean_schema_names
from .service_links_body import service_links_body
from .strip_header_params import strip_header_params
from .team_member_shapes import team_member_shapes
from .undocumented_filters import add_undocumented_filters
from .voip_calls_query import voip_calls_query
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
    # wire fidelity (docs/wire-corrections.md): what the live backend reads
    query_wire_names,  # before php_array_queries, which brackets the id lists it makes
    php_array_queries,
    schedule_staff_id,
    phone_queries,
    service_links_body,
    phone_code_login,
    voip_calls_query,
    add_undocumented_filters,
    add_list_forms,  # before the shape overlays, so the list forms get them too
    add_client_file_upload,
    team_member_shapes,
    accept_example_shapes,  # before generator_compat, which splits the type lists it makes
    annotate_pagination,  # after integer_ids: page sizes are integers by then
    generator_compat,
    mark_replacements,  # reads operationIds as merged: X (v1) beside X_v2
    clean_schema_names,  # last: other overlays name components by their published keys
)


def apply_overlays(doc: Document, pipeline: tuple[Overlay, ...] = PIPELINE) -> Document:
    """Run ``pipeline`` over ``doc`` in order and return the result."""
    for overlay in pipeline:
        doc = overlay(doc)
    return doc


__all__ = ["PIPELINE", "Document", "Overlay", "apply_overlays", "merge_bundles"]
