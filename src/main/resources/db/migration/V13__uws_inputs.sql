-- Files a job was submitted with (TAP UPLOAD parts of async jobs): kept in the FileStore under
-- uws/<job id>/input/<name> so any process can run the job, and deleted with it.
create table uws_input (
    job_id       text not null references uws_job on delete cascade,
    name         text not null,
    storage_key  text not null,
    primary key (job_id, name)
);
