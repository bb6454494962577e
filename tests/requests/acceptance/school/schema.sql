-- Larchfield Primary School: its pupil records (database "sis") and its fees office
-- (database "billing"). Plain SQL for SQLite and PostgreSQL. The links are declared in
-- school.yml; a few of them are also foreign keys of the database (PostgreSQL enforces
-- them, so rows must be written in order). Each "-- database:" line starts the script
-- of one database.
--
-- People in the data:
--   Hana Kowalski   guardian 1 (and guardian 5, her old row, soft-deleted); mother of
--                   Zofia (pupil 1, with Tom) and of Jan (pupil 2, hers alone);
--                   fees account 1; signed in at reception (visitor 1)
--   Tom Brennan     guardian 2, Zofia's father; fees account 2; his message 2 answers
--                   Hana's message 1
--   Aoife O'Neill   guardian 3, mother of Ciaran (pupil 3) and Saoirse (pupil 8); the
--                   family's fees account 3 bills a shared family address, not hers
--   Li Chen         guardian 4, mother of Mei (pupil 4); also staff 2 (a part-time
--                   teacher, with the same e-mail); fees account 4
--   Max Lixchen     guardian 6, father of Ada (pupil 6); e-mail lixchen@..., one
--                   character off li_chen@...; fees account 6; Ada's aunt signed
--                   in to collect her (visitor 5)
--   Priya Shah      guardian 7, mother of Ravi (pupil 5, who has left: soft-deleted);
--                   known by her phone number; fees account 5; visitor 3; Tom lets
--                   her collect Zofia (pickup authorisation 1)
--   Raj Shah        guardian 10, Ravi's father; the family's landline is his phone
--                   number too, written '020-7946-0018'
--   Zoe Martin      guardian 8 (' Zoë.Martin@Example.org'), mother of Elodie (pupil 7);
--                   guardian 9 ('zoË.martin@...') is a different registration; visitor 4
--   Mr Okonkwo      staff 1, tutor and chess club leader
-- Every fee account names its guardian (accounts.guardian_id is NOT NULL).
-- Buddies (pupils.buddy_id): Zofia -> Ciaran, Jan -> Mei, Ciaran -> Saoirse.

-- database: sis

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    email TEXT,
    full_name TEXT,
    job_title TEXT,
    dbs_number TEXT
);

CREATE TABLE guardians (
    id INTEGER PRIMARY KEY,
    email TEXT,
    phone TEXT,
    full_name TEXT,
    app_device_id TEXT,
    deleted_at TEXT
);

CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    full_name TEXT,
    date_of_birth TEXT,
    upn TEXT,
    buddy_id INTEGER,
    tutor_id INTEGER,
    deleted_at TEXT
);

CREATE TABLE pupil_guardians (
    guardian_id INTEGER NOT NULL REFERENCES guardians (id),
    pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    relationship TEXT,
    PRIMARY KEY (guardian_id, pupil_id)
);

CREATE TABLE clubs (
    id INTEGER PRIMARY KEY,
    name TEXT,
    leader_staff_id INTEGER,
    room TEXT
);

CREATE TABLE club_memberships (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER REFERENCES pupils (id),
    club_id INTEGER REFERENCES clubs (id),
    joined_on TEXT
);

CREATE TABLE attendance (
    pupil_id INTEGER REFERENCES pupils (id),
    day TEXT,
    status TEXT
);

CREATE TABLE grades (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER REFERENCES pupils (id),
    subject TEXT,
    grade TEXT,
    teacher_comment TEXT
);

-- guardian_id is also a foreign key to guardians, which the data map does not declare
CREATE TABLE trip_consents (
    id INTEGER PRIMARY KEY,
    guardian_id INTEGER REFERENCES guardians (id),
    pupil_id INTEGER,
    trip TEXT,
    signed_name TEXT
);

CREATE TABLE pickup_authorisations (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER,
    authorised_by INTEGER,
    collector_id INTEGER,
    note TEXT
);

CREATE TABLE visitor_log (
    id INTEGER PRIMARY KEY,
    guardian_id INTEGER,
    escorted_pupil_id INTEGER,
    visitor_name TEXT,
    signed_in_at TEXT
);

INSERT INTO staff VALUES
    (1, 'j.okonkwo@larchfield.example', 'James Okonkwo', 'Year 3 teacher', 'DBS-001-%'),
    (2, 'LI_CHEN@Example.com ', 'Li Chen', 'Music teacher (part-time)', 'DBS-002_x');

-- app_device_id: the school app's push-notification token, kept with consent
INSERT INTO guardians VALUES
    (1, '  Hana.Kowalski@Example.ORG ', '+44 7700 900-123', 'Hana Kowalski', 'ios:7f3a_9%', NULL),
    (2, 'tom.brennan@example.org', '07700 900456', 'Tom Brennan', 'android:00b1', NULL),
    (3, 'Aoife.O''Neill@example.ie', NULL, 'Aoife O''Neill', NULL, NULL),
    (4, 'li_chen@example.com', '+44 7700 900 124', 'Li Chen', NULL, NULL),
    (5, 'hana.kowalski@example.org', NULL, 'Hana Kowalska', NULL, '2024-08-31'),
    (6, 'lixchen@example.com', '+44 7700 900125', 'Max Lixchen', NULL, NULL),
    (7, 'priya.shah@example.net', '(020) 7946-0018', 'Priya Shah', NULL, NULL),
    (8, ' Zoë.Martin@Example.org', '+33 6 12 34 56 78', 'Zoë Martin', NULL, NULL),
    (9, 'zoË.martin@example.org', NULL, 'Zoë Martin-Roy', NULL, NULL),
    (10, 'raj.shah@example.net', '020-7946-0018', 'Raj Shah', NULL, NULL);

INSERT INTO pupils VALUES
    (1, 'Zofia Kowalska-Brennan', '2018-03-14', 'UPN-A100', 3, 1, NULL),
    (2, 'Jan Kowalski', '2016-11-02', 'UPN-A200', 4, 1, NULL),
    (3, 'Ciarán Ó Néill', '2018-06-30', 'UPN-A300', 8, 1, NULL),
    (4, 'Mei Chen', '2017-01-09', 'UPN-A400', NULL, 2, NULL),
    (5, 'Ravi Shah', '2015-05-21', 'UPN-A500', NULL, 2, '2026-07-20'),
    (6, 'Ada Lixchen', '2017-12-01', 'UPN-A600', NULL, 1, NULL),
    (7, 'Élodie Martin', '2019-02-28', 'UPN-A700', NULL, NULL, NULL),
    (8, 'Saoirse O''Neill', '2020-04-04', 'UPN-A800', NULL, 1, NULL);

INSERT INTO pupil_guardians VALUES
    (1, 1, 'mother'),
    (2, 1, 'father'),
    (1, 2, 'mother'),
    (5, 2, 'mother'),
    (3, 3, 'mother'),
    (3, 8, 'mother'),
    (4, 4, 'mother'),
    (7, 5, 'mother'),
    (6, 6, 'father'),
    (8, 7, 'mother'),
    (10, 5, 'father');

INSERT INTO clubs VALUES
    (1, 'Chess & Go', 1, 'Library'),
    (2, 'Drama "Stage" Club', 2, 'Hall');

INSERT INTO club_memberships VALUES
    (1, 1, 1, '2025-09-10'),
    (2, 2, 1, '2024-09-12'),
    (3, 3, 2, '2025-09-11'),
    (4, 4, 2, '2025-09-11'),
    (5, 6, 1, '2025-10-01');

INSERT INTO attendance VALUES
    (1, '2026-09-01', 'present'),
    (1, '2026-09-02', 'present'),
    (2, '2026-09-01', 'absent: "dentist"'),
    (3, '2026-09-01', 'late'),
    (4, '2026-09-01', 'present'),
    (7, '2026-09-01', 'present'),
    (8, '2026-09-01', 'present'),
    (NULL, '2026-09-02', 'unmatched card swipe');

INSERT INTO grades VALUES
    (1, 1, 'Maths', 'A*', 'Top 5% of the year'),
    (2, 2, 'Art', 'B', 'Must finish the ''Still life'' piece'),
    (3, 3, 'Irish', 'A', 'Go hiontach!'),
    (4, 4, 'Maths', 'A', 'Strong_work'),
    (5, NULL, 'Music', 'C', 'Transferred record, pupil unknown');

-- forms 3, 4 and 6 name a guardian and a pupil who are not a pair in pupil_guardians
INSERT INTO trip_consents VALUES
    (1, 1, 1, 'Zoo', 'H. Kowalski'),
    (2, 2, 1, 'Zoo', 'T. Brennan'),
    (3, 1, 3, 'Zoo', 'H. Kowalski (for Ciarán?)'),
    (4, 2, 2, 'Museum', 'T. Brennan'),
    (5, NULL, 2, 'Museum', 'unsigned'),
    (6, 5, 1, 'Zoo', 'H. Kowalska');

-- Tom lets Priya collect Zofia; Hana lets no one in particular collect Jan
INSERT INTO pickup_authorisations VALUES
    (1, 1, 2, 7, 'Tuesdays only, 50% of weeks'),
    (2, 2, 1, NULL, 'Grandma collects: name at the desk');

INSERT INTO visitor_log VALUES
    (1, 1, NULL, 'Hana Kowalski', '2026-09-03 08:10'),
    (2, NULL, NULL, 'Parcel courier', '2026-09-03 09:00'),
    (3, 7, NULL, 'Priya Shah', '2026-07-20 15:30'),
    (4, 8, NULL, 'Zoë Martin', '2026-09-04 14:45'),
    (5, NULL, 6, 'Ada''s aunt, Ines L.', '2026-09-05 15:20');

-- database: billing

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    guardian_id INTEGER NOT NULL,
    billing_email TEXT,
    payer_name TEXT
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    account_id INTEGER,
    pupil_id INTEGER,
    description TEXT,
    amount_cents INTEGER
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    account_id INTEGER,
    staff_id INTEGER,
    reply_to_id INTEGER,
    body TEXT
);

INSERT INTO accounts VALUES
    (1, 1, 'HANA.KOWALSKI@example.org', 'Hana Kowalski'),
    (2, 2, 'tom.brennan@example.org', 'T. Brennan'),
    (3, 3, 'accounts@oneill-family.example', 'The O''Neill family'),
    (4, 4, ' li_chen@example.com', 'Li Chen'),
    (5, 7, 'shah.family@example.net', 'P. Shah'),
    (6, 6, 'lixchen@example.com', 'Max Lixchen');

INSERT INTO invoices VALUES
    (1, 1, 1, 'Term 1 fees, 50% sibling discount', 210000),
    (2, 1, 2, 'Jan''s trip to O''Hare_2026', 15000),
    (3, 2, 1, 'Term 1 fees (second payer)', 210000),
    (4, 3, 3, 'Term 1 fees', 420000),
    (5, 5, 5, 'Final lunch bill 100%', 3000),
    (6, 6, 6, 'Term 1 fees', 420000),
    (7, 4, 4, 'Term 1 fees', 420000);

INSERT INTO messages VALUES
    (1, 1, 1, NULL, 'Can Jan join "Chess & Go"?'),
    (2, 2, NULL, 1, 'Re: I pay 50% of the fees'),
    (3, 3, 1, NULL, 'Fees for Ciarán'),
    (4, 5, 2, NULL, 'Ravi has left – is there a final invoice?');
