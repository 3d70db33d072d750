-- People who sign in through the university's identity provider are linked by the provider's subject.
alter table person add column oidc_subject varchar(255);
create unique index person_oidc_subject on person (oidc_subject) where oidc_subject is not null;
