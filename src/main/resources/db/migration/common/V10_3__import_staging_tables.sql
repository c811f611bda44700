-- Import staging without temporary tables (field test: a kill -9 during one large H2 transaction over temporary
-- tables left the embedded database unopenable). The checked rows of an import are written here in small committed
-- chunks under their import id, then merged into ticket / order_volume in one short transaction that also marks the
-- import COMPLETED. Nobody reads these rows but the import itself; the rows of an import are deleted when it ends,
-- and on start those of every import that is no longer running (a crash) are deleted too.
create table ticket_import_row (
    import_id              bigint       not null,
    row_no                 bigint       not null,
    ticket_id              varchar(64)  not null,
    created_at             timestamp with time zone not null,
    created_day            date         not null,
    first_response_at      timestamp with time zone,
    resolved_at            timestamp with time zone,
    market_code            varchar(2)   not null,
    vendor_code            varchar(20)  not null,
    site_code              varchar(30)  not null,
    channel                varchar(40)  not null,
    category               varchar(80)  not null,
    handle_seconds         integer      not null,
    csat                   smallint,
    reopened               boolean      not null,
    contact_count          integer      not null,
    launch_key             varchar(60)  not null,
    sop_key                varchar(40)  not null,
    sop_version            integer      not null,
    response_in_sla        boolean      not null,
    resolution_in_sla      boolean      not null,
    response_seconds       integer,
    resolution_seconds     integer,
    first_contact_resolved boolean      not null,
    constraint pk_ticket_import_row primary key (import_id, row_no)
);

create table order_import_row (
    import_id   bigint     not null,
    row_no      bigint     not null,
    market_code varchar(2) not null,
    order_day   date       not null,
    orders      bigint     not null,
    constraint pk_order_import_row primary key (import_id, row_no)
);
