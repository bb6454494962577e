-- Riverside Family Clinic: an outpatient clinic (database "clinic") and its patient
-- portal (database "portal"). Plain SQL for SQLite and PostgreSQL; no foreign-key
-- constraints (the links are declared in clinic.yml). Each "-- database:" line starts
-- the script of one database.
--
-- People in the data:
--   Ann Archer    patient 1, family group 10 (with Ben), referred Carla; portal login 1
--   Ben Archer    patient 2, family group 10 (with Ann); portal login 2
--   Carla D'Souza patient 3, referred by Ann, family group 11 alone; portal login 3
--   Dev Patel     staff 1 (a GP) and also patient 4 (seen by nurse Eve); no portal login
--   Eve Moreau    staff 2 (practice nurse)
--   Omar Haddad   staff 3 (paediatrician)
--   Gina Okafor   guardian 1 of Finn, family group 12
--   Finn Okafor   patient 5, a child with no e-mail, family group 12, guardian Gina
--   Carla Dunne   patient 6, e-mail carla-d@... (one character off carla_d@...); portal login 4

-- database: clinic

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    email TEXT,
    full_name TEXT,
    job_title TEXT,
    licence_number TEXT
);

CREATE TABLE family_groups (
    id INTEGER PRIMARY KEY,
    family_name TEXT,
    street TEXT,
    postal_code TEXT
);

CREATE TABLE guardians (
    id INTEGER PRIMARY KEY,
    email TEXT,
    full_name TEXT,
    phone TEXT,
    family_group_id INTEGER
);

CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    email TEXT,
    full_name TEXT,
    date_of_birth TEXT,
    phone TEXT,
    family_group_id INTEGER,
    referred_by INTEGER,
    guardian_id INTEGER
);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER,
    staff_id INTEGER,
    reason TEXT,
    scheduled_at TEXT,
    room TEXT
);

CREATE TABLE appointment_notes (
    id INTEGER PRIMARY KEY,
    appointment_id INTEGER,
    author_staff_id INTEGER,
    body TEXT
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER,
    appointment_id INTEGER,
    description TEXT,
    amount_cents INTEGER,
    iban TEXT
);

CREATE TABLE insurance_policies (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER,
    insurer TEXT,
    member_number TEXT
);

CREATE TABLE care_team (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER,
    staff_id INTEGER,
    role TEXT
);

CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    family_group_id INTEGER,
    model TEXT,
    serial_number TEXT,
    last_reading TEXT
);

INSERT INTO staff (id, email, full_name, job_title, licence_number) VALUES
    (1, 'dev.patel@clinic.example', 'Dr Dev Patel', 'General practitioner', 'GMC-7001234'),
    (2, 'Eve.Moreau@Clinic.Example', 'Eve Moreau', 'Practice nurse', 'NMC-99A1234'),
    (3, ' omar.haddad@clinic.example', 'Dr Omar Haddad', 'Paediatrician', 'GMC-7005678');

INSERT INTO family_groups (id, family_name, street, postal_code) VALUES
    (10, 'Archer', '12 Mill Lane', 'OX1 2AB'),
    (11, 'D''Souza', '3 Canal Row', 'OX4 1ZZ'),
    (12, 'Okafor', '48 Station Road', 'OX2 6HT');

INSERT INTO guardians (id, email, full_name, phone, family_group_id) VALUES
    (1, 'Gina.Okafor@mail.example ', 'Gina Okafor', '+44 7700 900123', 12);

INSERT INTO patients
    (id, email, full_name, date_of_birth, phone, family_group_id, referred_by, guardian_id)
VALUES
    (1, '  Ann.Archer@Example.COM ', 'Ann Archer', '1984-03-02', '+44 7700 900001', 10, NULL, NULL),
    (2, 'ben.archer@example.com', 'Ben Archer', '1982-11-19', '+44 7700 900002', 10, NULL, NULL),
    (3, 'Carla_D@Mail.example', 'Carla D''Souza', '1990-07-30', '+44 7700 900003', 11, 1, NULL),
    (4, 'DEV.PATEL@clinic.example ', 'Dev Patel', '1979-05-14', '+44 7700 900004', NULL, NULL, NULL),
    (5, NULL, 'Finn Okafor', '2016-09-01', NULL, 12, NULL, 1),
    (6, 'carla-d@mail.example', 'Carla Dunne', '1971-01-08', '+44 7700 900006', NULL, NULL, NULL);

INSERT INTO appointments (id, patient_id, staff_id, reason, scheduled_at, room) VALUES
    (101, 1, 1, 'Annual check-up', '2024-02-05 09:00', 'Room 1'),
    (102, 1, 2, 'Flu vaccination', '2024-10-14 11:30', 'Room 2'),
    (103, 2, 2, 'Blood test', '2024-03-11 08:15', 'Room 2'),
    (104, 3, 1, 'Migraine review', '2024-04-22 14:00', 'Room 1'),
    (105, 4, 2, 'Travel vaccines', '2024-05-06 10:00', 'Room 2'),
    (106, 5, 3, 'Growth check', '2024-06-03 15:45', 'Room 3'),
    (107, 6, 1, 'Knee pain', '2024-06-10 09:30', 'Room 1');

INSERT INTO appointment_notes (id, appointment_id, author_staff_id, body) VALUES
    (201, 101, 1, 'BP 128/82; continue home monitoring.'),
    (202, 104, 1, 'Triptan reduced by 50%; review in 3 months.'),
    (203, 105, 2, 'Hepatitis A and typhoid given.'),
    (204, 107, 1, 'Referred to physiotherapy.');

INSERT INTO invoices (id, patient_id, appointment_id, description, amount_cents, iban) VALUES
    (301, 1, 101, 'Annual check-up', 9500, 'GB33BUKB20201555555555'),
    (302, 3, 104, 'Specialist review', 14000, 'GB94BARC10201530093459'),
    (303, 4, 105, 'Travel vaccines', 6000, 'GB29NWBK60161331926819'),
    (304, 6, 107, 'Consultation', 8000, 'GB82WEST12345698765432');

INSERT INTO insurance_policies (id, patient_id, insurer, member_number) VALUES
    (401, 1, 'Bupa', 'BUPA-55-1001'),
    (402, 3, 'AXA Health', 'AXA-77-3003'),
    (403, 5, 'Bupa', 'BUPA-55-1005');

INSERT INTO care_team (id, patient_id, staff_id, role) VALUES
    (501, 1, 1, 'GP'),
    (502, 2, 2, 'Nurse'),
    (503, 3, 1, 'GP'),
    (504, 4, 2, 'Nurse'),
    (505, 5, 3, 'Paediatrician'),
    (506, 6, 1, 'GP');

INSERT INTO devices (id, family_group_id, model, serial_number, last_reading) VALUES
    (601, 10, 'Omron M3', 'OM3-448812', '128/82'),
    (602, 11, 'FreeStyle Libre 2', 'FSL2-00917', '6.1 mmol/L'),
    (603, 12, 'Omron M3', 'OM3-512207', '104/66');

-- database: portal

CREATE TABLE logins (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER,
    email TEXT,
    password_hash TEXT,
    last_ip TEXT
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    login_id INTEGER,
    staff_id INTEGER,
    subject TEXT,
    body TEXT,
    sent_at TEXT
);

CREATE TABLE consent_preferences (
    patient_id INTEGER,
    channel TEXT,
    opted_in INTEGER
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER,
    action TEXT,
    ip TEXT
);

INSERT INTO logins (id, patient_id, email, password_hash, last_ip) VALUES
    (1, 1, 'Ann.Archer@example.com', '$argon2id$v=19$ann', '203.0.113.5'),
    (2, 2, ' ben.archer@EXAMPLE.com', '$argon2id$v=19$ben', '203.0.113.5'),
    (3, 3, 'carla_d@mail.example', '$argon2id$v=19$carla', '198.51.100.7'),
    (4, 6, 'carla-d@mail.example', '$argon2id$v=19$dunne', '198.51.100.23');

INSERT INTO messages (id, login_id, staff_id, subject, body, sent_at) VALUES
    (701, 1, 1, 'Home readings', 'My readings are about 10% higher in the morning.', '2024-02-20 07:40'),
    (702, 1, 2, 'Vaccination', 'Can I book the flu jab?', '2024-10-01 18:02'),
    (703, 3, 1, 'Migraine', 'The new dose works, thank you.', '2024-05-02 21:15'),
    (704, 4, 1, 'Knee', 'When is my physio?', '2024-06-12 12:00'),
    (705, 2, 2, 'Results', 'Are my blood test results in?', '2024-03-14 09:00');

INSERT INTO consent_preferences (patient_id, channel, opted_in) VALUES
    (1, 'email', 1),
    (1, 'sms', 0),
    (5, 'email', 0),
    (6, 'email', 1),
    (6, 'sms', 1);

INSERT INTO audit_log (id, patient_id, action, ip) VALUES
    (801, 1, 'signed in', '203.0.113.5'),
    (802, 1, 'viewed invoice 301', '203.0.113.5'),
    (803, 5, 'guardian viewed record', '192.0.2.44'),
    (804, 6, 'signed in', '198.51.100.23');
