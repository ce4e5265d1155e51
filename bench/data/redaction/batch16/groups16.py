# -*- coding: utf-8 -*-
# Content of batch 16 (writer16). Markers are explained in gen.py.
# Organisation: Brinewake Ferries AS (fictional ferry operator, Bergen).
GROUPS = []


def G(name, body):
    GROUPS.append((name, body))


G("sre-shell-history", r"""
n $ kubectl --context bgo-prod -n booking get pods -l app=booking-api -o wide
n $ kubectl -n booking describe secret booking-db-credentials | grep -i password
c $ export PGPASSWORD='⟦pw:18⟧'
n $ psql -h pg-booking-01.bgo.bw.internal -U booking_app -d booking -c 'select count(*) from sailings where departs_at > now()'
c $ psql "postgresql://booking_app:⟦pw:20⟧@pg-booking-01.bgo.bw.internal:5432/booking?sslmode=require"
n $ vault kv get -field=password secret/booking/prod/db
c $ export VAULT_TOKEN=⟦hvs⟧
c $ AWS_ACCESS_KEY_ID=⟦akia⟧ AWS_SECRET_ACCESS_KEY=⟦awssec⟧ aws sts get-caller-identity
c $ aws configure set aws_secret_access_key ⟦awssec⟧ --profile bw-legacy
c $ curl -s -u svc-grafana:⟦pw:16⟧ https://grafana.bw.internal/api/health
n $ git log --oneline -3   # ⟦~sha7⟧ fix(checkin): retry kiosk heartbeat on 503
c $ history | grep PGPASS   # 1041  export PGPASSWORD=⟦pw:18⟧   <- delete with history -d 1041
""")

G("inc2291-slack-thread", r"""
n [09:12] pagerduty-bot: Triggered INC-2291 - payment-gateway p95 latency > 2s (service: adyen-bridge, urgency: high)
p [09:13] ⟦!Mei-Ling Tsang⟧: ack, looking at adyen-bridge pods in bgo-prod
p [09:15] ⟦!Chidi Okafor⟧: I see 401s from the PSP since 09:05, did someone rotate the API key?
c [09:16] ⟦!Mei-Ling Tsang⟧: rotated last night, the new one is ⟦adyen⟧ - is that what the pod has?
n [09:17] deploy-bot: adyen-bridge v3.18.2 rolled out to bgo-prod (image sha256:⟦~sha256⟧)
p [09:18] ⟦!Farid Haddad⟧: please never paste keys in channels, I'll revoke that one and open SEC-418
n [09:19] security-bot: Secret scanning alert #77 opened for a message in #inc-2291 (type: adyen_api_key) - value hidden
c [09:21] ⟦!Mei-Ling Tsang⟧: sorry! the alert webhook is also in the old config: https://hooks.slack.com/services/⟦~slackT⟧/⟦~slackB⟧/⟦slack⟧ - rotate that too?
p [09:24] ⟦!Chidi Okafor⟧: adyen_bridge_http_requests_total{code="401"} rate is back to 0
p [09:25] ⟦!Chidi Okafor⟧: confirmed, the customer who called in was ⟦!Siobhan O'Donnell⟧, ⟦tel:uk⟧, her payment went through on retry
n [09:31] pagerduty-bot: Resolved INC-2291 (duration 19m, 0 bookings lost)
p [09:33] ⟦!Farid Haddad⟧: thanks all, SEC-418 is assigned to ⟦!Tomasz Wiśniewski⟧
""")

G("booking-api-helm-values", r"""
n # values-prod.yaml for booking-api (chart 2.7.1, appVersion 4.12.0)
n image: { repository: ghcr.io/brinewake/booking-api, tag: "4.12.0", digest: "sha256:⟦~sha256⟧" }
n db: { host: pg-booking-01.bgo.bw.internal, port: 5432, user: booking_app, existingSecret: booking-db-credentials, passwordKey: password }
n   - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: booking-db-credentials, key: password } } }
c   - { name: ONBOARD_SHOP_STRIPE_KEY, value: "⟦sklive⟧" }
c   - { name: SENDGRID_API_KEY, value: "⟦sg⟧" }
n   - { name: TWILIO_ACCOUNT_SID, value: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" }  # placeholder from the Twilio docs; the real SID is injected by ESO
c   - { name: TWILIO_AUTH_TOKEN, value: "⟦hex:32⟧" }
c   - { name: HUBSPOT_TOKEN, value: "⟦hubspot⟧" }
c   - { name: KAFKA_SASL_PASSWORD, value: "⟦pw:20⟧" }
n smtp: { host: smtp.sendgrid.net, port: 587, username: apikey, password: "{{ .Values.global.sendgridKey }}" }
c imageCredentials: { registry: ghcr.io, username: brinewake-ci, password: ⟦ghp⟧ }
""")

G("kundeservice-sak-no", r"""
p Sak #58213 - Fra: ⟦!Kari Nordbø⟧ <⟦!kari.nordbo71@online.no⟧>
p Telefon: ⟦tel:no⟧
n Emne: Endring av avgang Bergen-Hirtshals 14. juni, bestilling BWK-⟦~bk⟧
p Hei! Jeg må flytte reisen vår til uka etter. Vi er to voksne og ett barn, bil med reg.nr. ⟦plate:EL⟧.
p Adresse for faktura: ⟦!Kalfarveien 31, 5018 Bergen⟧
p Fødselsnummer for honnørrabatt: ⟦fnr⟧
n Intern merknad: honnørrabatt krever ikke fødselsnummer, kun alder - ikke lagre det i saken (GDPR-rutine KS-12).
p Kortet som ble belastet: ⟦card:visa:sp⟧, kan dere refundere differansen dit?
n Svar fra kundeservice: Endringen er gjort, ny avgang 21.06 kl. 20:00 med MS Nordlys. Prisdifferanse NOK 640 refunderes innen 5 virkedager.
n Maskert kortnummer i Adyen: **** **** **** ⟦~d4⟧ - brukes kun til avstemming.
p Signert: ⟦!Lucía Fernández Ortega⟧, kundeservice
""")

G("gha-deploy-workflow-log", r"""
n name: deploy-booking-api   # on: { push: { branches: [main] }, workflow_dispatch: {} }
n         with: { role-to-assume: "arn:aws:iam::⟦~acct⟧:role/gha-deploy", aws-region: eu-north-1 }
n       - run: helm upgrade --install booking-api ./chart --set db.password=${{ secrets.BOOKING_DB_PASSWORD }}
n       - run: echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u brinewake-ci --password-stdin
c Run docker login ghcr.io -u brinewake-ci -p ⟦ghp⟧
n WARNING! Using --password via the CLI is insecure. Use --password-stdin.
n Run helm upgrade --install booking-api ./chart --set db.password=***
c ##[debug]Evaluating: env.NPM_TOKEN => '⟦npm⟧'
c remote: fetching https://x-access-token:⟦ghs⟧@github.com/brinewake/booking-api.git
c ##[debug]Evaluating: secrets.SLACK_WEBHOOK_URL => 'https://hooks.slack.com/services/⟦~slackT⟧/⟦~slackB⟧/⟦slack⟧'
p ##[group]Commit ⟦~sha7⟧ by ⟦!Chidi Okafor⟧ <⟦!chidi.okafor@brinewake.no⟧>
c Run curl -sf -X POST -H 'Authorization: GenieKey ⟦uuid⟧' https://api.eu.opsgenie.com/v2/deployments
n ##[debug]Masked 3 secrets in step output (add-mask); runner gha-runner-bgo-07 v2.317.0
""")

G("passenger-manifest-csv", r"""
n # export manifest_2024-06-14_BGO-HIR_MSNordlys.csv (manifest-svc 1.9.3, vessel IMO ⟦~imo⟧)
n booking_ref,cabin,surname,given_names,dob,nationality,doc_type,doc_no,phone
p BWK-⟦~bk⟧,A-204,⟦!Brückner⟧,⟦!Hans-Peter⟧,⟦!1958-11-02⟧,DEU,ID,⟦idde⟧,⟦tel:de⟧
p BWK-⟦~bk⟧,A-204,⟦!Brückner⟧,⟦!Renate⟧,⟦!1961-04-19⟧,DEU,ID,⟦idde⟧,
p BWK-⟦~bk⟧,B-017,⟦!Zielińska⟧,⟦!Agnieszka⟧,⟦!1990-08-23⟧,POL,PESEL,⟦pesel⟧,⟦tel:pl⟧
p BWK-⟦~bk⟧,DECK,⟦!Nguyen⟧,⟦!Thi Huong⟧,⟦!1985-01-30⟧,VNM,PP,⟦pp:C⟧,⟦tel:no⟧
p BWK-⟦~bk⟧,C-311,⟦!Quispe Mamani⟧,⟦!Rafael⟧,⟦!1979-12-05⟧,PER,PP,⟦pp⟧,⟦tel:es⟧
p BWK-⟦~bk⟧,C-312,⟦!Lindqvist⟧,⟦!Astrid⟧,⟦!1967-06-11⟧,SWE,PNR,⟦pnr⟧,
n TOTAL,,,,,,,,pax=412 vehicles=96 crew=38 (crew list exported separately)
n # checksum sha256=⟦~sha256⟧ rows=412 exported_by=svc-manifest
p MRZ line 1 scanned at kiosk KSK-07: ⟦mrz1:NOR:HAUGLAND:SIGRID MARIE⟧
p MRZ line 2 scanned at kiosk KSK-07: ⟦mrz2:NOR⟧
""")

G("terraform-rds", r"""
n # infra/prod/eu-north-1/rds.tf - module "booking_db" (terraform 1.7.5, hashicorp/aws 5.46.0)
n resource "aws_db_instance" "booking" { username = "booking_admin"
c   password   = "⟦pw:24⟧"
n   manage_master_user_password = false  # TODO(SEC-402): set true so RDS keeps it in Secrets Manager
n provider "aws" { access_key = var.aws_access_key, secret_key = var.aws_secret_key, region = "eu-north-1" }
c # terraform.tfvars (accidentally committed in ⟦~sha7⟧): aws_access_key = "⟦akia⟧"
c aws_secret_key = "⟦awssec⟧"
n # AWS documentation example, used in README only: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
c credentials "app.terraform.io" { token = "⟦tfc⟧" }
c backend "s3" { bucket = "bw-tfstate-prod", key = "rds/terraform.tfstate", region = "eu-north-1", access_key = "⟦akia⟧", secret_key = "⟦awssec⟧" }
c provider "postgresql" { host = "pg-booking-prod.c9x2.eu-north-1.rds.amazonaws.com", username = "booking_admin", password = "⟦pw:20⟧" }
""")

G("erstattung-email-de", r"""
p Von: ⟦!Yusuf Demir⟧ <⟦!y.demir@t-online.de⟧>
n An: kundenservice@brinewake.no
n Betreff: Rückerstattung Buchung BWK-⟦~bk⟧ (Kiel-Bergen, 02.07.)
n leider wurde die Abfahrt am 02.07. wegen technischer Probleme an der MS Havørn gestrichen.
p Bitte überweisen Sie den Betrag von 1.280,00 EUR auf mein Konto: IBAN ⟦iban:de:sp⟧, BIC COBADEFFXXX.
p Meine Anschrift: ⟦!Lindenstraße 17, 24103 Kiel⟧
p Bei Rückfragen erreichen Sie mich unter ⟦tel:de⟧.
p ⟦!Yusuf Demir⟧
p Interne Notiz (⟦!Jan-Hendrik Vogt⟧, Kundenservice Kiel): Erstattung über Adyen veranlasst, PSP-Referenz ⟦~psp⟧, keine IBAN nötig.
""")

G("booking-api-json-log", r"""
n {"ts":"2024-06-14T07:02:11.482Z","level":"info","svc":"booking-api","trace_id":"⟦~trace⟧","span_id":"⟦~span⟧","msg":"sailing availability cached","route":"BGO-HIR","ttl_s":300}
c {"ts":"2024-06-14T07:02:12.019Z","level":"debug","svc":"booking-api","msg":"outbound request","method":"POST","url":"https://api.twilio.com/2010-04-01/Accounts/AC⟦~hex:32⟧/Messages.json","headers":{"Authorization":"Basic ⟦basic:svc-sms⟧"}}
p {"ts":"2024-06-14T07:02:12.233Z","level":"info","svc":"booking-api","msg":"sms queued","to":"⟦tel:no⟧","template":"boarding_reminder"}
n {"ts":"2024-06-14T07:03:40.001Z","level":"warn","svc":"booking-api","msg":"token expired, refreshing","error_code":"ERR_TOKEN_EXPIRED","client_id":"booking-api-prod","expires_in":0}
c {"ts":"2024-06-14T07:03:40.187Z","level":"debug","svc":"booking-api","msg":"refreshed oauth token","access_token":"⟦jwt:booking-api-prod⟧","token_type":"Bearer","expires_in":3600}
p {"ts":"2024-06-14T07:04:02.550Z","level":"info","svc":"auth","msg":"login ok","user":"⟦!priya.venkataraman@gmail.com⟧","ip":"⟦ipv4⟧","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}
n {"ts":"2024-06-14T07:04:05.118Z","level":"info","svc":"auth","msg":"login ok","user_id":"⟦~uuid⟧","ip":"10.42.7.19","mfa":"totp"}
c {"ts":"2024-06-14T07:05:00.000Z","level":"error","svc":"booking-api","msg":"db connect failed","dsn":"postgres://booking_app:⟦pw:20⟧@pg-booking-02.bgo.bw.internal:5432/booking","err":"SQLSTATE 57P03 the database system is starting up"}
n {"ts":"2024-06-14T07:05:03.000Z","level":"error","svc":"booking-api","msg":"db connect failed","dsn":"postgres://booking_app:****@pg-booking-02.bgo.bw.internal:5432/booking","err":"pq: password authentication failed for user \"booking_app\" (SQLSTATE 28P01)"}
c {"ts":"2024-06-14T07:06:44.310Z","level":"debug","svc":"web","msg":"cookie set","name":"bw_session","value":"⟦cookie⟧","httpOnly":true,"secure":true}
n {"ts":"2024-06-14T07:06:44.402Z","level":"info","svc":"web","msg":"request","path":"/api/v2/bookings/BWK-⟦~bk⟧","status":200,"duration_ms":41,"request_id":"req_⟦~alnum:20⟧"}
p {"ts":"2024-06-14T07:07:10.771Z","level":"info","svc":"payments","msg":"payment authorised","card_holder":"⟦!Kwame Asante⟧","card_last4":"⟦~d4⟧","amount":"NOK 2340"}
""")

G("ask-crew-roster-sync", r"""
p Hi, I'm ⟦!Oksana Melnyk⟧ from the crew-roster team - why does crew-roster-sync keep failing since Tuesday?
n Here is what I see: `crew-roster-sync-28650210-x7k2p   0/1   CrashLoopBackOff   14 (3m ago)   52m`
c The job uses this env, maybe the password is wrong? ROSTER_DB_URL=mysql://roster:⟦pw:14⟧@mysql-roster.bgo.bw.internal:3306/roster
n Error in logs: `ERROR 1045 (28000): Access denied for user 'roster'@'10.42.3.88' (using password: YES)`
n The secret is referenced as `envFrom: [{secretRef: {name: roster-db}}]` and was last rotated by the vault-rotator CronJob.
c Same pod also has PLANDAY_CLIENT_SECRET=⟦alnum:32⟧ in plain env, in case that matters.
p If you need an affected crew member to test with: ⟦!Jomar Dela Cruz⟧, ⟦tel:ph⟧, on MS Nordlys since 2019.
c Also tried by hand: mysql -u roster -p⟦pw:14⟧ -h 10.42.3.40 roster -> same error
n Which is most likely: wrong password, a NetworkPolicy, or the MySQL 8.0.36 -> 8.4.0 upgrade last weekend?
p You can also reach me at ⟦!oksana.melnyk@brinewake.no⟧ or ⟦tel:ua⟧.
n (I already checked `kubectl auth can-i get secrets -n crew --as system:serviceaccount:crew:roster-sync` -> yes.)
""")

G("kiosk-k8s-manifests", r"""
n apiVersion: v1   # kind: Secret
n metadata: { name: checkin-kiosk-credentials, namespace: checkin, annotations: { reloader.stakater.com/match: "true" } }
c data: { password: ⟦b64pw:18⟧ }
c stringData: { KIOSK_API_TOKEN: "⟦bwk⟧" }
n configMap.data: { KIOSK_TOKEN_HEADER: "X-Kiosk-Token", TOKEN_TTL_SECONDS: "900", PASSWORD_MIN_LENGTH: "14" }
n clusters: [{ name: bgo-prod, cluster: { certificate-authority-data: ⟦~certb64⟧, server: "https://k8s-api.bgo.bw.internal:6443" } }]
c users: [{ name: ci-deployer, user: { token: ⟦jwt:system:serviceaccount:ci:deployer⟧ } }]
c users: [{ name: edge-admin, user: { username: admin, password: ⟦pw:20⟧ } }]   # vessel edge cluster MS Havørn
c users: [{ name: legacy-admin, user: { client-certificate-data: ⟦~certb64⟧, client-key-data: ⟦keyb64⟧ } }]
""")

G("zgloszenie-place-pl", r"""
p Zgłoszenie #61077 - ⟦!Tomasz Wiśniewski⟧ (dział płac, Gdynia)
n Temat: Błąd eksportu listy płac do banku - plik pain.001 odrzucony (kod błędu AC01)
p Pracownik: ⟦!Anna Kowalczyk-Nowak⟧, PESEL ⟦pesel⟧
p Numer konta: ⟦iban:pl:sp⟧
p Adres zamieszkania: ⟦!ul. Długa 44/7, 80-831 Gdańsk⟧
n Kod AC01 oznacza "IncorrectAccountNumber" - sprawdziliśmy sumę kontrolną mod-97, jest poprawna.
c Do testów użyłem konta serwisowego: login payroll-export, hasło ⟦pw:16⟧ (proszę zmienić po testach).
n Log: export-job 2024-06-28T16:00:03Z status=REJECTED file=pain001_20240628.xml sha256=⟦~sha256⟧
p Kontakt do pracownika: ⟦tel:pl⟧
p Status: przekazano do ⟦!Katarzyna Mazur⟧ (Finance-IT), priorytet P3, SLA 5 dni roboczych.
""")

G("alertmanager-dump", r"""
n {"status":"firing","labels":{"alertname":"VaultTokenExpiringSoon","severity":"warning","instance":"vault-0.vault.bw.internal:8200","namespace":"vault"}}
n {"annotations":{"summary":"Token with accessor ⟦~alnum:24⟧ expires in 2h","runbook_url":"https://wiki.bw.internal/display/SRE/Vault+token+renewal"}}
c {"annotations":{"description":"renew manually with: vault token renew ⟦hvs⟧"}}
n {"labels":{"alertname":"PostgresReplicationLag","instance":"pg-booking-02.bgo.bw.internal:9187"},"value":"42.7","fingerprint":"⟦~hex:16⟧"}
n {"labels":{"alertname":"AdyenWebhookHmacFailures"},"expr":"rate(adyen_webhook_hmac_failures_total[5m]) > 0.1","for":"10m"}
c {"receiver":"opsgenie-terminal","opsgenie_configs":[{"api_key":"⟦uuid⟧","api_url":"https://api.eu.opsgenie.com/"}]}
c {"receiver":"pagerduty-sre","pagerduty_configs":[{"routing_key":"⟦hex:32⟧","severity":"critical"}]}
c {"receiver":"teams-terminal","webhook_configs":[{"url":"https://brinewake.webhook.office.com/webhookb2/⟦~uuid⟧@⟦~uuid⟧/IncomingWebhook/⟦hex:32⟧/⟦~uuid⟧"}]}
n {"labels":{"alertname":"KioskHeartbeatMissing","kiosk":"KSK-07","terminal":"Hirtshals","vessel_mmsi":"⟦~mmsi⟧"}}
n {"labels":{"alertname":"CertExpiry","secret":"bw-booking-tls","issuer":"letsencrypt-prod"},"annotations":{"summary":"TLS cert for booking.brinewake.no expires in 9 days"}}
c {"receiver":"email-terminal","email_configs":[{"smarthost":"smtp.office365.com:587","auth_username":"alerts@brinewake.no","auth_password":"⟦pw:16⟧"}]}
p {"labels":{"alertname":"OnCallAck"},"annotations":{"acked_by":"⟦!Aroha Ngata⟧","contact":"⟦tel:nz⟧"}}
""")

G("psql-customer-session", r"""
n booking=> \conninfo
n You are connected to database "booking" as user "booking_ro" on host "pg-booking-02.bgo.bw.internal" (address "10.42.1.12") at port "5432".
n booking=> select id, full_name, email, phone from customers where id in (88412, 88413, 88419);
p  88412 | ⟦!Fatou Diop⟧        | ⟦!fatou.diop@orange.sn⟧     | ⟦tel:sn⟧
p  88413 | ⟦!Mateus Oliveira⟧    | ⟦!mateus.oli@gmail.com⟧     | ⟦tel:pt⟧
p  88419 | ⟦!Kenji Watanabe⟧     | ⟦!k.watanabe@docomo.ne.jp⟧  | ⟦tel:jp⟧
n (3 rows)
p booking=> -- note on 88419: wheelchair assistance at Hirtshals, contact daughter ⟦!Emi Watanabe⟧ ⟦tel:no⟧
c booking=> alter role booking_app with password '⟦pw:22⟧';
n ALTER ROLE
p booking=> update customers set phone = '⟦tel:no⟧' where id = 88412;  -- per ticket #58299
""")

G("sftp-partner-email", r"""
n From: it-integrations@brinewake.no
p To: ⟦!Sunita Raghunathan⟧ <⟦!sunita.r@marinesoft-systems.in⟧>
n Subject: SFTP access for the AIS position feed (MS Nordlys, MS Havørn, MS Stormfugl)
c Host sftp.bw-partners.no (port 2222), username: marinesoft-ais / password: ⟦pw:18⟧
n The host key fingerprint is SHA256:⟦~b64:43⟧ - please verify it before the first connect.
n For the REST API use the header `X-Api-Key: <key from the partner portal>`; we will not send keys by e-mail in future.
c The PGP passphrase for the encrypted position files is ⟦pw:20⟧ (next time we send it by SMS).
c For the pilot only, your key is ⟦bwk⟧ (expires 31.08.).
n Vessel identifiers: MS Nordlys IMO ⟦~imo⟧ / MMSI ⟦~mmsi⟧, MS Havørn IMO ⟦~imo⟧ / MMSI ⟦~mmsi⟧.
p If anything breaks, call me directly on ⟦tel:no⟧.
p PS: my colleague ⟦!Marte Vik⟧ (⟦tel:no⟧) covers for me in July.
p Best regards, ⟦!Henrik Dahl⟧, Integrations, Brinewake Ferries AS
""")

G("wiki-runbook-db-rotation", r"""
n 1. Generate a new value with `openssl rand -base64 24` - never reuse values shown on this page.
n 2. Store it: `vault kv put secret/booking/prod/db password=@/dev/stdin` (type it; don't put it on the command line).
n A valid DSN looks like: postgres://booking_app:<password>@pg-booking-01.bgo.bw.internal:5432/booking
n The line `DB_PASSWORD=changeme` in .env.example is a placeholder and is rejected at startup (ERR_DEFAULT_PASSWORD).
n GitHub classic tokens look like `ghp_` + 36 characters; the scanner pattern is `ghp_[A-Za-z0-9]{36}`.
n JWTs always begin with eyJhbGciOi (base64 of {"alg":) - seeing that prefix in a log is not by itself a leak.
c ~~Temporary admin password during the 2023 migration: ⟦pw:16⟧~~ (struck through, but valid until SEC-377 closes)
n Masked examples you may paste: AKIA************QX7Z, sk_live_...9f2c, hvs.****, ghp_************************************
c Break-glass copy (sealed envelope, safe B-2): postgres superuser / ⟦pw:20⟧
p Last edited by ⟦!Ingrid Solheim⟧ on 2024-05-02
""")

G("gitlab-mobile-build-log", r"""
n Running with gitlab-runner 16.11.0 (91a27b2a) on bw-runner-03 ⟦~alnum:8⟧, system ID: s_⟦~hex:12⟧
c Cloning repository from https://oauth2:⟦glpat⟧@gitlab.bw.internal/mobile/bw-app.git
n Checking out ⟦~sha7⟧ as detached HEAD (ref is release/5.3.0)...
n $ echo "$ANDROID_KEYSTORE_B64" | base64 -d > release.jks
c $ ./gradlew assembleRelease -Pandroid.injected.signing.store.password=⟦pw:16⟧ -Pandroid.injected.signing.key.password=⟦pw:16⟧
c $ ./gradlew publishReleasePublicationToNexusRepository -PnexusUsername=deploy -PnexusPassword=⟦pw:16⟧
n BUILD SUCCESSFUL in 4m 12s - 312 actionable tasks: 298 executed, 14 up-to-date
c $ firebase appdistribution:distribute app-release.aab --app 1:⟦~digits:12⟧:android:⟦~hex:22⟧ --token "⟦firebase⟧"
n Uploading artifacts... app-release.aab: found 1 matching artifact, sha256 ⟦~sha256⟧
p Notifying testers: ⟦!wei.zhang.qa@brinewake.no⟧, ⟦!amelia.hughes@brinewake.no⟧
c $ cat secrets.properties  ->  MAPS_SERVER_KEY=⟦aiza⟧  # server-side key, no referrer restriction
""")

G("soporte-chat-es", r"""
p [14:02] ⟦!Lucía Fernández Ortega⟧: Tengo una clienta al teléfono que no recibe el SMS de confirmación.
p [14:03] ⟦!Lucía Fernández Ortega⟧: Se llama ⟦!Carmen Ruiz Beltrán⟧, DNI ⟦dni⟧, móvil ⟦tel:es⟧.
n [14:04] sms-bot: Informe de entrega BWK-⟦~bk⟧: status=undelivered, error_code=30007 (carrier filtering)
p [14:05] ⟦!Javier Morales⟧: el 30007 es filtro del operador, prueba a mandarlo por correo
p [14:06] ⟦!Lucía Fernández Ortega⟧: vale, su correo es ⟦!carmen.ruizb@hotmail.es⟧
c [14:07] ⟦!Javier Morales⟧: entra en el panel de Twilio con la cuenta compartida, usuario soporte-agp, contraseña ⟦pw:14⟧
n [14:08] security-bot: Este canal no es para credenciales. Usa 1Password (bóveda "Soporte") y rota la contraseña.
n [14:10] sms-bot: Reintento programado, ID de mensaje SM⟦~hex:32⟧
p [14:15] email-bot: Confirmación enviada a ⟦!carmen.ruizb@hotmail.es⟧ (plantilla booking_confirmed_es, versión 12)
p [14:16] ⟦!Lucía Fernández Ortega⟧: listo, gracias. Cierro el ticket.
""")

G("nginx-access-log", r"""
n 10.42.8.4 - - [14/Jun/2024:07:01:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
p ⟦ipv4⟧ - - [14/Jun/2024:07:01:09 +0000] "GET /api/v2/bookings?email=⟦!thomas.berg84@gmail.com⟧ HTTP/2.0" 200 1834 "-" "BrinewakeApp/5.3.0 (Android 14)"
c ⟦ipv4⟧ - - [14/Jun/2024:07:01:15 +0000] "GET /api/v2/export?api_key=⟦hex:32⟧&format=csv HTTP/1.1" 200 48211 "-" "python-requests/2.32.3"
n 10.42.8.4 - - [14/Jun/2024:07:01:20 +0000] "POST /api/v2/auth/token HTTP/1.1" 401 61 "-" "curl/8.5.0"
c ⟦ipv4⟧ - - [14/Jun/2024:07:02:41 +0000] "GET /reset-password?token=⟦b64url:43⟧ HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
n 10.42.8.9 - - [14/Jun/2024:07:03:00 +0000] "GET /static/app.⟦~hex:8⟧.js HTTP/2.0" 200 91822 "https://booking.brinewake.no/" "Mozilla/5.0"
c 10.42.8.9 - - [14/Jun/2024:07:04:55 +0000] "GET /media/tickets/BWK-⟦~bk⟧.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦akia⟧%2F20240614%2Feu-north-1%2Fs3%2Faws4_request&X-Amz-Date=20240614T070455Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦hex:64⟧ HTTP/2.0" 200 58120 "-" "okhttp/4.12.0"
p ⟦ipv4⟧ - - [14/Jun/2024:07:05:12 +0000] "POST /api/v2/newsletter HTTP/2.0" 201 17 "https://brinewake.no/?utm_source=newsletter" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"
n 10.42.8.4 - - [14/Jun/2024:07:05:30 +0000] "GET /metrics HTTP/1.1" 200 40211 "-" "Prometheus/2.51.2"
c 10.42.8.9 - - [14/Jun/2024:07:06:02 +0000] "GET /api/v2/me HTTP/2.0" 200 512 "-" "Mozilla/5.0" cookie="bw_session=⟦cookie⟧; bw_consent=analytics:0"
""")

G("release-notes-4-12", r"""
n - Staff passwords now need 14 characters (PASSWORD_MIN_LENGTH=14); existing hashes are migrated to argon2id on next login.
n - Fixed: `ERR_TOKEN_EXPIRED` was returned as HTTP 500 instead of 401 (BW-3312).
n ## booking-api 4.12.0 (2024-06-10) - dependency bumps: pg 8.11.5, jsonwebtoken 9.0.2, stripe-node 15.8.0, @sendgrid/mail 8.1.3.
n - Kiosk API: header renamed from `X-Kiosk-Key` to `X-Kiosk-Token`; values are unchanged and still live in secret/checkin/kiosk.
n - Test fixtures now use Stripe's documented test card 4242 4242 4242 4242 (exp 12/34, CVC 123) instead of real-looking numbers.
n - Removed the hard-coded fallback `apiKey = process.env.MAPS_KEY || "YOUR_API_KEY"`.
n - Image: ghcr.io/brinewake/booking-api@sha256:⟦~sha256⟧
n - Commit range: ⟦~sha40⟧...⟦~sha40⟧
p - Contributors this release: ⟦!Sebastián Acuña⟧ (⟦!sebastian.acuna@brinewake.no⟧) and ⟦!Kalani Akana⟧.
p - Thanks to ⟦!Aleksander Bąk⟧ and ⟦!Nomvula Dlamini⟧ for the bug reports.
c - Rotated: the Google Maps key ⟦aiza⟧ found in the 4.11.x web bundle is now referrer-restricted and replaced.
p - The leak was reported by a customer, ⟦!Ahmad Rahimi⟧ (⟦!a.rahimi@outlook.com⟧), via support.
c - Security: the SendGrid key ⟦sg⟧ that shipped in the 4.11.2 source map has been revoked.
""")

G("docker-compose-and-dotfiles", r"""
n   booking-api:   # image ghcr.io/brinewake/booking-api:4.12.0
n       DB_PASSWORD_FILE: /run/secrets/booking_db_password
c       REDIS_URL: redis://:⟦pw:20⟧@redis-cache.bgo.bw.internal:6379/0
c       JWT_SIGNING_SECRET: ⟦b64:44⟧
n       JWT_ISSUER: https://auth.brinewake.no
c       SMTP_URL: smtp://apikey:⟦sg⟧@smtp.sendgrid.net:587
n       OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.observability:4317
n secrets: { booking_db_password: { file: ./secrets/booking_db_password.txt } }
c # ~/.docker/config.json on bw-runner-03: {"auths":{"ghcr.io":{"auth":"⟦basic:brinewake-ci⟧"}}}
c # ~/.netrc: machine nexus.bw.internal login deploy password ⟦pw:18⟧
""")

G("crew-roster-csv", r"""
n # crew_roster_export_2024-W25.csv - generated by roster-svc 2.4.0 - contains personal data, do not forward
n employee_id,name,rank,vessel,nationality,phone,email,date_of_birth,next_of_kin
p E-1042,⟦!Jomar Dela Cruz⟧,AB Seaman,MS Nordlys,PHL,⟦tel:ph⟧,⟦!jomar.delacruz@brinewake.no⟧,⟦!1988-03-14⟧,⟦!Maricel Dela Cruz⟧ ⟦tel:ph⟧
p E-1077,⟦!Rasmus Kjeldsen⟧,Chief Officer,MS Havørn,DNK,⟦tel:dk⟧,⟦!rasmus.kjeldsen@brinewake.no⟧,⟦!1979-09-30⟧,⟦!Line Kjeldsen⟧
p E-1093,⟦!Olena Kravchenko⟧,Purser,MS Stormfugl,UKR,⟦tel:ua⟧,⟦!olena.kravchenko@brinewake.no⟧,⟦!1991-02-07⟧,
p E-1120,⟦!Bartosz Lewandowski⟧,2nd Officer,MS Nordlys,POL,⟦tel:pl⟧,⟦!bartosz.lewandowski@brinewake.no⟧,⟦!1986-12-21⟧,⟦!Ewa Lewandowska⟧ ⟦tel:pl⟧
p E-1188,⟦!Nkechi Eze⟧,Chief Steward,MS Havørn,NGA,⟦tel:uk⟧,⟦!nkechi.eze@brinewake.no⟧,⟦!1983-05-16⟧,
p E-1201,⟦!Sigrun Haugland⟧,Master,MS Stormfugl,NOR,⟦tel:no⟧,⟦!sigrun.haugland@brinewake.no⟧,fnr ⟦fnr⟧,
n E-0000,VACANT,2nd Engineer,MS Stormfugl,-,-,-,-,-
n # rows=212 sha256=⟦~sha256⟧
""")

G("ask-kafka-lag-no", r"""
n Hei assistent, kan du forklare hvorfor alarmen `KafkaConsumerLagHigh` for gruppa `ais-position-ingest` går hver natt?
n Lag ligger på ca. 180 000 meldinger mellom 02:00 og 04:00, topic `ais.positions.v2`, 12 partisjoner.
c Consumer-konfig: bootstrap.servers=kafka-0.bw.internal:9093, sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ais-ingest" password="⟦pw:20⟧";
n Vi bruker SASL_SSL med SCRAM-SHA-512, og passordet ligger i Vault under secret/kafka/ais-ingest.
n Trace-id fra en treg batch: ⟦~trace⟧
p Det var ⟦!Henrik Dahl⟧ som satte opp dette i fjor, men han har sluttet nå.
c Schema registry: https://sr-user:⟦pw:16⟧@schema-registry.bw.internal:8081
n Metrikker: kafka_consumergroup_lag{group="ais-position-ingest"}, ais_ingest_batch_duration_seconds_bucket
n Er det vanlig at en MMSI som ⟦~mmsi⟧ sender dobbelt så ofte når skipet ligger til kai?
c Og fra gammel consumer.properties: ssl.keystore.password=⟦pw:14⟧ ssl.key.password=⟦pw:14⟧
p Takk! Svar gjerne på norsk eller engelsk. Hilsen ⟦!Oddvar Brekke⟧, drift (⟦tel:no⟧)
""")

G("inc2317-incident-notes", r"""
n INC-2317 - check-in kiosks at Hirtshals terminal offline 05:40-06:25 CEST, 14 June
n Impact: 6 of 8 kiosks (all except KSK-03 and KSK-07) could not validate boarding passes; manual check-in used.
n Root cause: kiosk client 3.4.1 pinned an expired intermediate cert (serial ⟦~hex:32⟧).
c Workaround applied on site: kiosk admin UI password set to ⟦pw:12⟧ on all units (must be rotated!).
p On-site contact: terminal supervisor ⟦!Mette Kjærgaard⟧, ⟦tel:dk⟧.
p Timeline: 05:40 first KioskHeartbeatMissing; 05:52 page to ⟦!Erlend Myklebust⟧; 06:10 rollback to 3.3.9; 06:25 all green.
p Passenger complaint logged from ⟦!Liam Ó Briain⟧ (⟦!liam.obriain@eircom.net⟧), who missed the 06:30 sailing.
n Follow-ups: BW-3340 (cert pinning), BW-3341 (kiosk password rotation via MDM), BW-3342 (runbook update).
c Intune bulk-enrollment token for the kiosks, shared in the bridge call: ⟦b64:40⟧
p Reviewed by ⟦!Ingrid Solheim⟧ and ⟦!Farid Haddad⟧; no payment card data involved.
""")

G("django-settings", r"""
n # booking/settings.py
n SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
c SECRET_KEY_FALLBACKS = ["⟦djk⟧"]
n DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "pg-booking-01.bgo.bw.internal", "PASSWORD": os.getenv("DB_PASSWORD", "")}}
c EMAIL_HOST_PASSWORD = "⟦sg⟧"
c AWS_SECRET_ACCESS_KEY = "⟦awssec⟧"  # TODO move to env before go-live
n STRIPE_PUBLISHABLE_KEY = "pk_live_51⟦~alnum:40⟧"  # publishable key, meant to ship to browsers
c CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://:⟦pw:20⟧@redis-cache.bgo.bw.internal:6379/1"}}
c STRIPE_WEBHOOK_SECRET = "⟦whsec⟧"
n ADMINS = [("SRE on-call", "sre-oncall@brinewake.no")]
p # TODO ask ⟦!Farid Haddad⟧ (⟦!farid.haddad@brinewake.no⟧) whether pk_live keys need rotation too
n SENTRY_DSN = "https://⟦~hex:32⟧@o⟦~digits:6⟧.ingest.sentry.io/⟦~digits:7⟧"  # public DSN, also embedded in the web bundle
""")

G("access-request-thread", r"""
p ⟦!Amelia Hughes⟧: can someone give ⟦!Kofi Mensah⟧ read access to the booking replica? He starts Monday.
n access-bot: Request ACC-7781 created: role booking_ro on pg-booking-02, approver group team-dba, expires in 90d.
p ⟦!Aroha Ngata⟧: approved. ⟦!Kofi Mensah⟧'s account will be ⟦!kmensah⟧ via Okta, SSO only.
n access-bot: ACC-7781 approved, provisioning via Terraform Cloud run run-⟦~alnum:16⟧
c ⟦!Aroha Ngata⟧: temporary break-glass password until Okta syncs: ⟦pw:14⟧ - change it on first login
p okta-bot: user ⟦!kofi.mensah@brinewake.no⟧ provisioned: status=ACTIVE, groups=[eng-readonly, vpn-users], mfa_enrolled=false
p ⟦!Kofi Mensah⟧: thanks! my personal number in case the YubiKey doesn't arrive: ⟦tel:gh⟧
n access-bot: reminder - break-glass credentials expire after 24h (policy SEC-POL-07).
p ⟦!Amelia Hughes⟧: 👍
""")

G("kubectl-describe-pod", r"""
n   Warning  FailedMount  3m  kubelet  MountVolume.SetUp failed for volume "db-creds" : secret "booking-db-credentials" not found
n   Normal   Pulled       2m  kubelet  Successfully pulled image "ghcr.io/brinewake/booking-api@sha256:⟦~sha256⟧" in 1.92s
n   Warning  BackOff      1m  kubelet  Back-off restarting failed container booking-api in pod booking-api-7d9f8c6b5-q2x4z_booking(⟦~uuid⟧)
n   DB_PASSWORD:         <set to the key 'password' in secret 'booking-db-credentials'>  Optional: false
n   JWT_SIGNING_SECRET:  <set to the key 'jwt' in secret 'booking-jwt'>  Optional: false
c   KAFKA_SASL_JAAS_CONFIG:  org.apache.kafka.common.security.plain.PlainLoginModule required username="booking" password="⟦pw:18⟧";
c   LEGACY_PARTNER_TOKEN:  ⟦alnum:32⟧
n   OTEL_RESOURCE_ATTRIBUTES:  service.name=booking-api,service.version=4.12.0,deployment.environment=prod
c   SMTP_PASSWORD:       ⟦pw:18⟧
c   ADYEN_API_KEY:       ⟦adyen⟧
c   REDIS_URL:           redis://default:⟦pw:20⟧@redis-cache.bgo.bw.internal:6379/0
n Node: ip-10-42-3-88.eu-north-1.compute.internal/10.42.3.88
""")

G("double-charge-ticket-en", r"""
p Ticket #58377 from ⟦!Priya Venkataraman⟧ <⟦!priya.venkataraman@gmail.com⟧>
n Subject: Charged twice for a cabin upgrade on MS Stormfugl, Bergen-Kiel 19 July
p I was charged NOK 1,150 twice on my card ⟦card:mc:sp⟧ (expiry ⟦!09/27⟧).
p The booking is under my husband's name, ⟦!Arjun Menon⟧, born ⟦!17.02.1983⟧.
p Billing address: ⟦!Flat 3, 27 Harcourt Road, Sheffield S10 1DQ⟧, UK
n Agent note: duplicate authorisation, not a capture - the second auth is voided automatically after 7 days.
n Adyen PSP references: ⟦~psp⟧ and ⟦~psp⟧; merchant account BrinewakeFerriesNO.
p Customer callback number: ⟦tel:uk⟧
n Masked PAN in Adyen: ⟦~d6⟧******⟦~d4⟧ (BIN + last 4), 3-D Secure: authenticated.
c Agent note: the magic login link we sent was https://my.brinewake.no/login?token=⟦b64url:43⟧ (valid 15 min)
""")

G("ansible-pos-group-vars", r"""
n # inventory/prod/group_vars/pos_servers.yml (onboard point-of-sale, one per vessel)
n ansible_ssh_private_key_file: ~/.ssh/bw_ansible_ed25519
c ansible_become_password: ⟦pw:16⟧
n pos_db_password: "{{ vault_pos_db_password }}"
n vault_pos_db_password: !vault | $ANSIBLE_VAULT;1.1;AES256 ⟦~hex:64⟧
c pos_wifi_crew_psk: "⟦pw:16⟧"   # WPA2 key for the crew Wi-Fi on all vessels
c pos_terminal_api_secret: "⟦hex:32⟧"
n # known_hosts: pos-nordlys ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦~b64:43⟧
c # pasted by mistake: "-----BEGIN OPENSSH PRIVATE KEY-----\n⟦openssh⟧\n-----END OPENSSH PRIVATE KEY-----"
n pos_receipt_footer: "Takk for handelen! Brinewake Ferries AS, org.nr. ⟦~orgnr⟧ MVA"
c pos_adyen_terminal_pin: "⟦pin:4⟧"  # admin PIN of the Adyen terminals
""")

G("phishing-reply-email", r"""
n From: security@brinewake.no
p To: ⟦!Bartosz Lewandowski⟧ <⟦!bartosz.lewandowski@brinewake.no⟧>
n Subject: Re: [PHISH] "Your Microsoft 365 password expires today"
n Thanks for reporting. The link pointed to hxxps://brinewake-no.login-verify[.]top/owa - a known kit (IOC list IOC-2024-061).
c Unfortunately the form was submitted from your laptop at 08:14; the value captured by the kit was ⟦pw:15⟧.
n We have reset your password and revoked all sessions (Entra ID sign-in logs, correlation id ⟦~uuid⟧).
c Your one-time temporary password is ⟦pw:12⟧ - valid for 8 hours.
n IOC hashes: sha256 ⟦~sha256⟧ (phish.html), md5 ⟦~hex:32⟧ (loader.js)
p The sign-in that triggered the alert: IP ⟦ipv4⟧, account ⟦!bartosz.lewandowski@brinewake.no⟧, 08:15 CEST.
p Your manager ⟦!Rasmus Kjeldsen⟧ has been informed.
n - Security Operations, Brinewake Ferries AS (internal ext. 4400)
""")

G("ops-chat-no", r"""
p [07:58] ⟦!Ingrid Solheim⟧: God morgen! Nattens deploy av booking-api 4.12.0 gikk fint, men kiosk-klienten henger etter.
n [08:01] deploy-bot: checkin-kiosk 3.4.2 rullet ut til 8/8 kiosker i Hirtshals (commit ⟦~sha7⟧)
p [08:03] ⟦!Erlend Myklebust⟧: ser bra ut. Kunden som klaget i går, ⟦!Gunnhild Rasmussen⟧, har fått refusjon.
c [08:05] ⟦!Erlend Myklebust⟧: passordet til admin-UI på kioskene er fortsatt ⟦pw:12⟧, skal vi bytte i dag?
n [08:06] security-bot: Meldingen over kan inneholde et passord. Bytt det og flytt det til Vault (secret/checkin/kiosk-admin).
p [08:07] ⟦!Ingrid Solheim⟧: ja, gjør det via MDM. Ring meg på ⟦tel:no0⟧ hvis noe feiler.
n [08:15] grafana-bot: [FIRING:1] KafkaConsumerLagHigh ais-position-ingest (lag 183421)
p [08:16] pagerduty-bot: INC-2320 opprettet, tildelt ⟦!Ingrid Solheim⟧ (team-sre, eskaleringsnivå 1)
c [08:41] ⟦!Erlend Myklebust⟧: nytt passord lagt i Vault. Webhook for kiosk-varsler: https://hooks.slack.com/services/⟦~slackT⟧/⟦~slackB⟧/⟦slack⟧
n [08:42] docs-bot: Eksempel fra Slack-dokumentasjonen: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
""")

G("loyalty-migration-sql", r"""
n -- migrations/V42__add_loyalty_members.sql (flyway 10.15.0, checksum -⟦~digits:10⟧)
n CREATE TABLE loyalty_members (id uuid PRIMARY KEY, member_no text UNIQUE, tier text, created_at timestamptz DEFAULT now());
p INSERT INTO loyalty_members VALUES ('⟦~uuid⟧', 'SJ-⟦~digits:8⟧', 'gold');  -- ⟦!Astrid Lindqvist⟧, personnummer ⟦pnr⟧
p INSERT INTO customers (full_name, email, phone, dob) VALUES ('⟦!Thomas Berg⟧', '⟦!thomas.berg84@gmail.com⟧', '⟦tel:no⟧', '⟦!1984-07-09⟧');
n INSERT INTO customers (full_name, email, phone, dob) VALUES ('Test Testesen', 'test@example.com', '+47 000 00 000', '1900-01-01');  -- fixture
c CREATE USER loyalty_svc WITH PASSWORD '⟦pw:20⟧';
c CREATE USER MAPPING FOR loyalty_svc SERVER crm_fdw OPTIONS (user 'crm_reader', password '⟦pw:16⟧');
p -- sample row from CRM: ⟦!Yuki Tanaka⟧, ⟦!yuki.t@icloud.com⟧, member since 2021
n SELECT pg_catalog.setval('public.customers_id_seq', 88420, true);
""")

G("postmortem-inc2291", r"""
n Summary: Adyen notifications were rejected for 19 minutes because the HMAC key in Vault and in the Adyen customer area diverged.
n Detection: `adyen_webhook_hmac_failures_total` rose from 0 to 3.1/s; alert AdyenWebhookHmacFailures fired after 10m.
c The HMAC key that was live during the incident (revoked since): ⟦hex:64⟧
n HMAC keys are 64 hex characters; do not confuse them with image digests such as sha256:⟦~sha256⟧.
p Incident commander: ⟦!Mei-Ling Tsang⟧; scribe: ⟦!Chidi Okafor⟧.
p Customer escalation from ⟦!Siobhan O'Donnell⟧ (⟦tel:uk⟧) was handled by ⟦!Lucía Fernández Ortega⟧.
n Customers affected: 0 bookings lost; 37 confirmation e-mails delayed by up to 22 minutes.
n Action items: SEC-418 (secret scanning on Slack), BW-3330 (dual-key HMAC validation), BW-3331 (runbook).
n Lesson: masked values like AQE...Xq9 in screenshots are fine; full keys are not.
c Also revoked: the Vault token the rotator used during the incident, ⟦hvs⟧.
c Appendix: the API key adyen-bridge used at the time was ⟦adyen⟧ (revoked 09:20).
""")

G("external-secrets-argocd", r"""
n apiVersion: external-secrets.io/v1beta1   # kind: ExternalSecret
n spec: { secretStoreRef: { name: vault-bw, kind: ClusterSecretStore }, target: { name: adyen-bridge-secrets } }
n   data: [{ secretKey: ADYEN_API_KEY, remoteRef: { key: secret/payments/adyen, property: api_key } }]
n # argocd-cm: url: https://argocd.bw.internal, dex.config: clientSecret: $dex.github.clientSecret
c # argocd-secret (kubectl get -o yaml, pasted into the ticket): server.secretkey: ⟦b64:44⟧
c # argocd repo creds: url: https://github.com/brinewake/gitops, username: git, password: ⟦ghpat⟧
n # argocd app booking-api: Synced / Healthy at revision ⟦~sha40⟧
n # oidc.config: issuer: https://login.microsoftonline.com/⟦~uuid⟧/v2.0, clientID: ⟦~uuid⟧
c #   clientSecret: ⟦azsecret⟧
c # argocd cluster secret vessel-edge-havorn: config: {"bearerToken":"⟦jwt:system:serviceaccount:kube-system:argocd-manager⟧"}
c # argocd-notifications-secret: slack-token: ⟦xoxb⟧
n #   clientSecret: $oidc.azure.clientSecret   (reference into argocd-secret)
""")

G("terminal-kiel-chat-de", r"""
p [11:20] ⟦!Jan-Hendrik Vogt⟧: Moin! Der Bordkartendrucker im Terminal Kiel (PRN-KIE-02) druckt nur leere Seiten.
n [11:21] helpdesk-bot: Ticket HD-9921 erstellt, Priorität P3, Gruppe Terminal-IT-Kiel.
p [11:24] ⟦!Selin Yılmaz⟧: Hab mich per Fernwartung verbunden und den Treiber 5.2.1 neu installiert.
c [11:25] ⟦!Selin Yılmaz⟧: Das Admin-Kennwort vom Drucker ist übrigens ⟦pw:10⟧, sollten wir ändern.
n [11:26] helpdesk-bot: Hinweis: Bitte keine Kennwörter im Chat posten (Richtlinie IT-SEC-03).
p [11:30] ⟦!Jan-Hendrik Vogt⟧: Herr ⟦!Klaus-Dieter Wendt⟧ wartet auf seine Bordkarte, Buchung BWK-⟦~bk⟧.
n [11:32] helpdesk-bot: Druckauftrag 4471 erfolgreich (PRN-KIE-02, 1 Seite).
p [11:33] ⟦!Jan-Hendrik Vogt⟧: Läuft wieder, danke! Er hat seine Handynummer hinterlassen: ⟦tel:de⟧
p [11:40] helpdesk-bot: Ticket HD-9921 gelöst von ⟦!Selin Yılmaz⟧. Lösungszeit 20 min.
c [11:41] ⟦!Selin Yılmaz⟧: Das Einmal-Passwort für die Fernwartungssitzung war ⟦pw:8⟧, ist aber schon abgelaufen.
""")

G("prometheus-grafana-config", r"""
n - job_name: postgres-booking   static_configs: [{ targets: ["pg-booking-01.bgo.bw.internal:9187", "pg-booking-02.bgo.bw.internal:9187"] }]
n   basic_auth: { username: prom, password_file: /etc/prometheus/secrets/pg-exporter }
c   basic_auth: { username: prom, password: "⟦pw:18⟧" }   # job blackbox-legacy, to be removed
n   authorization: { type: Bearer, credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token }
c remote_write: [{ url: "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push", basic_auth: { username: "⟦~digits:7⟧", password: "⟦glc⟧" } }]
n # grafana.ini [security] admin_user = admin ; admin_password = $__file{/etc/grafana/admin_password}
c # grafana.ini [auth.generic_oauth] client_secret = ⟦alnum:40⟧
n # alert rule: pg_stat_activity_count{datname="booking",state="idle in transaction"} > 20
c - job_name: blackbox-status   targets: ["https://status:⟦pw:14⟧@status.brinewake.no/health"]
c # provisioning token for dashboards-as-code: ⟦glsa⟧
""")

G("zwrot-email-pl", r"""
p Od: ⟦!Małgorzata Szymańska⟧ <⟦!m.szymanska@wp.pl⟧>
n Temat: Zwrot za odwołany rejs Gdynia-Bergen, 5 lipca
n Dzień dobry, mój rejs 5 lipca został odwołany z powodu sztormu.
p Proszę o zwrot na konto ⟦iban:pl⟧.
p Podróżowałam z synem, ⟦!Kacper Szymański⟧, ur. ⟦!12.05.2011⟧.
p Mój numer telefonu: ⟦tel:pl⟧, adres: ⟦!ul. Kwiatowa 8, 81-577 Gdynia⟧.
n Numer rezerwacji: BWK-⟦~bk⟧, statek MS Havørn.
p ⟦!Małgorzata Szymańska⟧
n Odpowiedź automatyczna: Dziękujemy za wiadomość, numer zgłoszenia #61102. Infolinia: +47 55 30 70 00 (centrala, pon.-pt. 8-16).
n Notatka wewnętrzna: zwrot przez Adyen na kartę, IBAN niepotrzebny - usunąć z historii zgłoszenia.
""")

G("ask-telemetry-403", r"""
p For context: I'm ⟦!Tariq Al-Mansouri⟧ (⟦!tariq.almansouri@brinewake.no⟧), platform team.
n Why does this call to our fleet telemetry API return 403 from CI while the same call works from my laptop?
c curl -H "Authorization: Bearer ⟦jwt:ci-telemetry⟧" "https://telemetry.bw.internal/v1/vessels/⟦~mmsi⟧/positions?since=2h"
n Response: {"error":"forbidden","code":"ERR_SCOPE_MISSING","required_scope":"telemetry:read","request_id":"⟦~uuid⟧"}
c From my laptop I use a different key: curl -H "X-Api-Key: ⟦bwk⟧" https://telemetry.bw.internal/v1/vessels
n The runner is gha-runner-bgo-07 (10.42.9.21), egress via nat-gw-eu-north-1a.
c I also tried basic auth: curl -u telemetry-ci:⟦pw:16⟧ https://telemetry.bw.internal/v1/health -> 200 OK
n The docs say the API accepts `Authorization: Bearer <token>` or `X-Api-Key: <key>` - maybe the token lacks the scope?
n Token introspection: {"active":true,"scope":"telemetry:write","client_id":"ci-telemetry","exp":1718355600}
c This is the token request I used: grant_type=client_credentials&client_id=ci-telemetry&client_secret=⟦alnum:40⟧
n Trace of the failing call: traceparent 00-⟦~trace⟧-⟦~span⟧-01
""")

G("adyen-disputes-csv", r"""
n # adyen_disputes_2024-06.csv - exported by finance-bot; card numbers are masked by Adyen
n psp_reference,merchant_ref,card_bin_last4,shopper_name,shopper_email,amount,reason
p ⟦~psp⟧,BWK-⟦~bk⟧,⟦~d6⟧******⟦~d4⟧,⟦!Emre Aydın⟧,⟦!emre.aydin@gmx.de⟧,EUR 412.00,10.4 Fraud
p ⟦~psp⟧,BWK-⟦~bk⟧,⟦~d6⟧******⟦~d4⟧,⟦!Zanele Khumalo⟧,⟦!zkhumalo@webmail.co.za⟧,NOK 2980.00,13.1 Services Not Provided
p ⟦~psp⟧,BWK-⟦~bk⟧,⟦~d6⟧******⟦~d4⟧,⟦!Olivia Martins⟧,⟦!olivia.martins@sapo.pt⟧,EUR 188.50,13.7 Cancelled Merchandise/Services
n ⟦~psp⟧,BWK-⟦~bk⟧,⟦~d6⟧******⟦~d4⟧,[removed on request],[removed on request],NOK 980.00,13.1 Services Not Provided
p # manual fix: the dispute for ⟦!Rui Pereira⟧ has the full PAN ⟦card:visa⟧ in the free-text field - purge it!
p # Amex chargeback (unmasked in the bank PDF): ⟦card:amex:sp⟧, card holder ⟦!Hamid Karimi⟧
n # totals: 17 disputes, 4 won, 9 pending, 4 lost; chargeback ratio 0.08% (scheme threshold 0.9%)
n # sandbox rows use the documented test card 4111 1111 1111 1111 and are excluded from the totals
""")

G("dev-laptop-history", r"""
n $ cd ~/src/bw-app && git pull --rebase
c $ npm config set //registry.npmjs.org/:_authToken ⟦npm⟧
c $ export OPENAI_API_KEY=⟦openai⟧  # trying the itinerary summariser
n $ export OPENAI_API_KEY=$(op read "op://Engineering/OpenAI/credential")
c $ mysql -h mysql-roster.bgo.bw.internal -u roster -p'⟦pw:14⟧' roster -e 'show processlist'
n $ ssh -i ~/.ssh/id_ed25519 ansible@pos-havorn.vessel.bw.internal 'systemctl status pos-agent'
c $ redis-cli -h redis-cache.bgo.bw.internal -a '⟦pw:20⟧' INFO memory
n $ openssl s_client -connect booking.brinewake.no:443 -servername booking.brinewake.no </dev/null | openssl x509 -noout -fingerprint -sha256
p $ git commit --author="⟦!Nomvula Dlamini⟧ <⟦!nomvula.dlamini@brinewake.no⟧>" -m "fix(app): cabin map scroll on iPad"
n $ gh secret set ADYEN_API_KEY --env prod < /dev/stdin
c $ echo ⟦ghp⟧ | gh auth login --with-token
""")

G("terraform-plan-output", r"""
n   # aws_secretsmanager_secret_version.kafka_scram will be updated in-place
n   ~ secret_string = (sensitive value)
n   # aws_iam_access_key.ci will be created
n   + secret = (sensitive value)
n   + ses_smtp_password_v4 = (sensitive value)
c   + value = "⟦pw:24⟧"   # aws_ssm_parameter.kiosk_admin (type = "String", not SecureString)
c Outputs: grafana_cloud_token = "⟦glc⟧"
c Outputs: ses_smtp_password = "⟦b64:44⟧"
c Outputs: ci_secret_access_key = "⟦awssec⟧"  (output was not marked sensitive!)
c Outputs: telemetry_sa_key = { private_key = "-----BEGIN PRIVATE KEY-----\n⟦pkcs8⟧\n-----END PRIVATE KEY-----\n" }
n Plan: 3 to add, 2 to change, 0 to destroy. State lock ID ⟦~uuid⟧.
n Note: Objects have changed outside of Terraform (aws_db_instance.booking: tags["owner"] = "team-dba")
""")

G("crew-welcome-email", r"""
n From: crewing@brinewake.no
p To: ⟦!Ramón Castillo Vega⟧ <⟦!ramon.castillo.v@gmail.com⟧>
n Subject: Welcome aboard - joining instructions MS Stormfugl, 1 August
p Dear Mr ⟦!Castillo Vega⟧,
n Please report to the Bergen terminal (Skoltegrunnskaien) at 07:00 and bring your seaman's book and STCW certificates.
p We have registered your NIE ⟦nie⟧ and date of birth ⟦!22/10/1992⟧ for the Norwegian D-number application.
p Salary will be paid to ⟦iban:es:sp⟧ as provided.
c Your crew portal login: ⟦!ramon.castillo⟧ / initial password ⟦pw:12⟧ (you must change it on first login).
n The crew portal is https://crew.brinewake.no; support via crewing@brinewake.no or ext. 4410.
p Emergency contact on file: ⟦!Elena Vega Morales⟧, ⟦tel:es⟧.
""")

G("gitleaks-scan-log", r"""
n $ gitleaks detect --source . --report-format json --redact
n Finding:     AWS_SECRET_ACCESS_KEY=REDACTED
n File:        deploy/legacy/.env.prod   Line: 7   Commit: ⟦~sha40⟧
n Fingerprint: ⟦~sha40⟧:deploy/legacy/.env.prod:aws-access-token:7
c (re-run without --redact) Secret: ⟦akia#k1⟧   Match: AWS_ACCESS_KEY_ID=⟦#k1⟧
n Author: github-actions[bot]   Email: 41898282+github-actions[bot]@users.noreply.github.com
p Author: ⟦!Tomasz Wiśniewski⟧   Email: ⟦!tomasz.wisniewski@brinewake.no⟧   Date: 2023-11-02T14:11:09Z
p Author: ⟦!Bartosz Lewandowski⟧   Email: ⟦!bartosz.lewandowski@brinewake.no⟧   Commit: ⟦~sha7⟧
c Secret: ⟦glpat⟧   RuleID: gitlab-pat   File: scripts/sync-mirror.sh   Line: 12
n Finding: "password": "${KAFKA_PASSWORD}" - not reported (allowlisted: env interpolation)
c Finding:     DATABASE_URL=postgres://legacy:⟦pw:16⟧@10.42.1.30:5432/legacy   RuleID: generic-db-url
n INF 3 leaks found (scanned ~4.1 MB in 812 commits in 3.2s)
""")

G("ask-dsgvo-auskunft-de", r"""
n Frage an den Assistenten: Wir haben eine DSGVO-Auskunftsanfrage (Art. 15) bekommen - welche Systeme muss ich durchsuchen?
p Betroffene Person: ⟦!Friederike von Arnim⟧, geb. ⟦!03.09.1976⟧, Kundennummer C-⟦~digits:6⟧
p Bekannte Kontaktdaten: ⟦!friederike.vonarnim@posteo.de⟧, ⟦tel:de⟧
p Anschrift: ⟦!Am Stadtpark 5, 20249 Hamburg⟧
n Systeme laut Verarbeitungsverzeichnis: booking (Postgres), crm (HubSpot), adyen (nur PSP-Referenzen), loki (Logs 30 Tage), s3 bw-tickets-prod.
n Reicht in Loki eine Abfrage wie `{app="booking-api"} |= "<E-Mail-Adresse>"` oder muss ich auch nach der Kundennummer suchen?
c Für den CRM-Export brauche ich den HubSpot-Private-App-Token, der steht in der Wiki-Seite: ⟦hubspot⟧
n Frist: ein Monat ab Eingang (12.06.2024), also bis 12.07.2024. Vorgang DSR-2024-041.
p Ihre IBAN von einer früheren Erstattung steht im Ticket: ⟦iban:de⟧
n Bitte keine Rohdaten in die Antwort übernehmen, nur Systemnamen und Tabellen.
""")


# Group order (decides gNN and therefore the split: odd -> dev, even -> test).
# Written-order groups are interleaved so that config/CLI-type artefacts (mostly credentials)
# and ticket/chat/export-type artefacts (mostly PII) alternate between dev and test:
# pair k = positions (2k-1, 2k) is (config, ticket) for odd k and (ticket, config) for even k.
_CONFIG = ["sre-shell-history", "booking-api-helm-values", "gha-deploy-workflow-log", "terraform-rds",
           "booking-api-json-log", "kiosk-k8s-manifests", "alertmanager-dump", "wiki-runbook-db-rotation",
           "gitlab-mobile-build-log", "nginx-access-log", "docker-compose-and-dotfiles", "ask-kafka-lag-no",
           "django-settings", "kubectl-describe-pod", "ansible-pos-group-vars", "postmortem-inc2291",
           "external-secrets-argocd", "prometheus-grafana-config", "ask-telemetry-403", "dev-laptop-history",
           "terraform-plan-output", "gitleaks-scan-log"]
_TICKET = ["inc2291-slack-thread", "kundeservice-sak-no", "passenger-manifest-csv", "erstattung-email-de",
           "ask-crew-roster-sync", "zgloszenie-place-pl", "psql-customer-session", "sftp-partner-email",
           "soporte-chat-es", "release-notes-4-12", "crew-roster-csv", "inc2317-incident-notes",
           "access-request-thread", "double-charge-ticket-en", "phishing-reply-email", "ops-chat-no",
           "loyalty-migration-sql", "terminal-kiel-chat-de", "zwrot-email-pl", "adyen-disputes-csv",
           "crew-welcome-email", "ask-dsgvo-auskunft-de"]
_by = dict(GROUPS)
assert sorted(_CONFIG + _TICKET) == sorted(_by) and len(_by) == len(GROUPS)
_order = []
for _k, (_c, _t) in enumerate(zip(_CONFIG, _TICKET), 1):
    _order += [_c, _t] if _k % 2 == 1 else [_t, _c]
GROUPS[:] = [(n, _by[n]) for n in _order]
