-- A programme whose raw metadata stay private until release (ESO's confidential programmes: only
-- their members and grantees find them, through every dialect). docs/access.md has the policy.
alter table program add column metadata_private boolean not null default false;
