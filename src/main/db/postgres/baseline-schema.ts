import { sql, type Kysely } from 'kysely'

/** The data version the baseline creates: the SQLite migrations 1 to 8, as one PostgreSQL schema. */
export const BASELINE_VERSION = 8

/**
 * A new PostgreSQL register starts from this schema, equal table by table and column by
 * column to a SQLite register at data version 8; every migration after 8 is written once and
 * runs on both engines. The released SQLite migrations stay as they were: they hold SQLite's
 * own SQL (a WITHOUT ROWID table, triggers, an index on json_extract), and rewriting a
 * released migration is what the migration history exists to prevent.
 *
 * Every text column compares by code point (COLLATE "C"), as SQLite compares text: search
 * reads a range of terms that start with what was typed, ids and times sort the same, and
 * the result never depends on the server's locale.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createBaselineSchema(db: Kysely<any>): Promise<void> {
  for (const statement of BASELINE) await sql.raw(statement).execute(db)
}

const BASELINE = [
  `create table schema_migrations (
    version integer primary key,
    name text collate "C" not null,
    applied_at text collate "C" not null)`,

  `create table clients (
    id text collate "C" primary key,
    given_name text collate "C" not null,
    family_name text collate "C" not null,
    date_of_birth text collate "C",
    phone text collate "C",
    email text collate "C",
    skin_type text collate "C" check (skin_type in ('I','II','III','IV','V','VI')),
    language text collate "C" not null default 'en',
    notes text collate "C" not null default '',
    archived integer not null default 0 check (archived in (0, 1)),
    created_at text collate "C" not null,
    updated_at text collate "C" not null,
    last_activity_at text collate "C" not null,
    name_fold text collate "C" not null default '',
    name_fold_reversed text collate "C" not null default '')`,
  `create index clients_by_activity on clients (archived, last_activity_at desc)`,
  `create index clients_by_recent_activity on clients (last_activity_at desc, id, archived, name_fold, name_fold_reversed)`,
  `create index clients_by_name_fold on clients (name_fold, archived, last_activity_at, id, name_fold_reversed)`,
  `create index clients_by_name_fold_reversed on clients (name_fold_reversed, archived, last_activity_at, id, name_fold)`,
  `create index clients_search_rank on clients (id, archived, last_activity_at, name_fold, name_fold_reversed)`,

  `create table client_search_terms (
    term text collate "C" not null,
    client_id text collate "C" not null references clients(id) on delete cascade,
    primary key (term, client_id))`,
  // SQLite's index on client_id carries the table's key (term, client_id) in every entry;
  // PostgreSQL's would not, so the term is named: "does this client have a term starting
  // with b" is then one probe of the index alone, as on SQLite.
  `create index client_search_terms_by_client on client_search_terms (client_id, term)`,

  `create table treatments (
    id text collate "C" primary key,
    client_id text collate "C" not null references clients(id) on delete cascade,
    performed_at_local text collate "C" not null,
    time_zone text collate "C" not null,
    performed_at_utc text collate "C" not null,
    practitioner text collate "C",
    device text collate "C",
    concerns text collate "C" not null default '[]',
    products text collate "C",
    notes text collate "C" not null default '',
    session_number integer,
    created_at text collate "C" not null)`,
  `create index treatments_by_client on treatments (client_id, performed_at_utc desc)`,
  `create index treatments_by_time on treatments (performed_at_utc, id)`,

  `create table treatment_zones (
    treatment_id text collate "C" not null references treatments(id) on delete cascade,
    position integer not null,
    zone text collate "C" not null,
    depth_hundredths_mm integer not null check (depth_hundredths_mm between 10 and 300),
    constraint treatment_zones_pk primary key (treatment_id, position),
    constraint treatment_zones_once unique (treatment_id, zone))`,

  `create table settings (
    key text collate "C" primary key,
    value text collate "C" not null)`,

  `create table protocols (
    version integer primary key,
    body text collate "C" not null,
    note text collate "C" not null default '',
    created_by text collate "C" not null default '',
    created_at text collate "C" not null)`,

  `create table handout_log (
    id text collate "C" primary key,
    treatment_id text collate "C" not null references treatments(id) on delete cascade,
    client_id text collate "C" not null references clients(id) on delete cascade,
    kind text collate "C" not null check (kind in ('handout', 'calendar', 'ics')),
    protocol_version integer not null references protocols(version),
    language text collate "C" not null,
    paper text collate "C" check (paper in ('A4', 'Letter')),
    produced_at text collate "C" not null,
    produced_by text collate "C" not null,
    sha256 text collate "C" not null,
    printed_details text collate "C" not null,
    reprint_of text collate "C" references handout_log(id))`,
  `create index handout_log_by_client on handout_log (client_id, produced_at desc)`,
  `create index handout_log_by_treatment on handout_log (treatment_id)`,

  `create table audit_log (
    id integer generated by default as identity primary key,
    at text collate "C" not null,
    actor text collate "C" not null,
    action text collate "C" not null,
    subject_type text collate "C" not null,
    subject_id text collate "C",
    details text collate "C" not null default '{}')`,
  `create index audit_log_by_time on audit_log (at)`,
  `create index audit_log_by_subject on audit_log (subject_id)`,
  `create index audit_log_by_client on audit_log ((cast(details as json) ->> 'clientId'))`,
  // The audit log is appended to, never changed: the same refusal as SQLite's triggers.
  `create function audit_log_refuse_change() returns trigger language plpgsql as $$
    begin raise exception 'The audit log cannot be changed.'; end $$`,
  `create trigger audit_log_no_update before update on audit_log
    for each row execute function audit_log_refuse_change()`,
  `create trigger audit_log_no_delete before delete on audit_log
    for each row execute function audit_log_refuse_change()`,
  // TRUNCATE skips row triggers; it is refused too.
  `create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change()`,

  `create table treatment_choices (
    kind text collate "C" not null check (kind in ('practitioner', 'device')),
    value text collate "C" not null,
    last_used_at text collate "C" not null,
    constraint treatment_choices_pk primary key (kind, value))`,
  `create index treatment_choices_by_recent_use on treatment_choices (kind, last_used_at)`
]
