#!/usr/bin/env python3
"""Writer 25 generator: Liftwright Vertical Services (lift/escalator maintenance
and remote monitoring).  Rebuilds batch25_dev.tsv, batch25_test.tsv and
batch25_ids.tsv byte-identically.  Secret bodies come from random.Random(25),
drawn in the fixed order in which the groups below are written; registered ids
are typed as bases and completed by ids.py.

usage: python3 gen.py [outdir]
"""
import base64
import json
import os
import re
import random
import string
import sys
import uuid

import ids

R = random.Random(25)
UP, LO, DIG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DIG
URLSAFE = ALNUM + "-_"


def rs(n, a=ALNUM):
    return "".join(R.choice(a) for _ in range(n))


def hx(n):
    return rs(n, "0123456789abcdef")


def dg(n):
    return R.choice("123456789") + rs(n - 1, DIG)


WORDS = ["lantern", "quarry", "otter", "marble", "cinder", "harbor", "velvet", "saffron",
         "glacier", "tundra", "pepper", "falcon", "meadow", "copper", "thistle", "orbit"]


def PW():
    """passwords as people set them: random, word-based or short mixed"""
    style = R.randrange(3)
    if style == 0:
        return rs(R.randint(14, 20), ALNUM + "!#%*-_.")
    if style == 1:
        return R.choice(WORDS).capitalize() + R.choice("-_.") + R.choice(WORDS) + dg(2) + R.choice("!*#")
    return rs(12, ALNUM)


def PWU():
    """URL-safe password (for userinfo in URLs)"""
    return rs(R.randint(16, 24), ALNUM + "-_.~")


def UUID():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def AKID():
    return "AKIA" + rs(16, UP + "234567")


def AWSSEC():
    return rs(40, ALNUM + "/+")


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def JWT(sub, aud):
    iat = 1714000000 + R.randrange(20000000)
    return b64u({"alg": "HS256", "typ": "JWT"}) + "." + \
        b64u({"sub": sub, "aud": aud, "iat": iat, "exp": iat + 3600}) + "." + rs(43, URLSAFE)


def BASIC(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def B64ENC(s):
    return base64.b64encode(s.encode()).decode()


def SSHFP():
    return "SHA256:" + rs(43, ALNUM + "+/")


def slack_hook():
    return ("T" + rs(8, UP + DIG), "B" + rs(10, UP + DIG), rs(24))


# ---------------- registry and line helpers ----------------
REG = []
GROUPS = []


def ID(scheme, key, base):
    v = ids.make(scheme, base)
    REG.append((scheme, key, v))
    return v


def IBAN(key, base, spaced=False):
    v = ID("iban", key, base)
    return ids.iban_spaced(v) if spaced else v


def group(num, artefact, lang):
    GROUPS.append((num, artefact, lang, []))


PH = re.compile(r"\[\[(\w+)\]\]")


def _add(kind, tmpl, mv, kw):
    text = PH.sub(lambda m: kw[m.group(1)], tmpl)
    items = [kw[x[1:]] if x.startswith("=") else x for x in mv]
    GROUPS[-1][3].append((kind, text, items))


def C(tmpl, mv, **kw):
    _add("credential", tmpl, mv, kw)


def P(tmpl, mv, **kw):
    _add("pii", tmpl, mv, kw)


def N(tmpl, **kw):
    _add("negative", tmpl, [], kw)


# =====================================================================
group(1, "Slack incident thread", "English")
N("[09:12] lw-alertbot: :rotating_light: CallboxSIPRegistrationFailing firing on lw-prod-euw1 (callbox-gw, 14 of 212 lift cabs unregistered)")
P("[09:14] Priya Raghunathan: on it. I'm pairing with Tomasz, ping me on my mobile 07700 914 382 if Slack dies",
  ["Priya Raghunathan", "Tomasz", "07700 914 382"])
C("[09:17] Tomasz Wiśniewski: SIP trunk creds were rotated last night, new registrar password is [[pw]] (pasting here because vault is timing out)",
  ["=pw", "Tomasz Wiśniewski"], pw=PW())
N("[09:18] lw-sec-bot: reminder: fetch it with `vault kv get -field=password secret/callbox/sip-trunk`, never paste secrets in channels")
N("[09:21] lw-alertbot: deploy callbox-gw 2.14.3.1 (commit [[sha]]) rolled out to 3/3 replicas", sha=hx(40))
C("[09:24] Tomasz Wiśniewski: the Twilio fallback still uses the old API key, SID [[sid]] secret [[sec]]",
  ["=sid", "=sec", "Tomasz Wiśniewski"], sid="SK" + hx(32), sec=rs(32))
P("[09:26] Priya Raghunathan: customer on the phone is Mrs. Halvorsen at 14 Cranbourne Terrace, Leeds LS6 2QT, she was stuck in cab 3 for 40 min",
  ["Priya Raghunathan", "Halvorsen", "14 Cranbourne Terrace, Leeds LS6 2QT"])
N("[09:30] lw-alertbot: :white_check_mark: resolved CallboxSIPRegistrationFailing, callbox_sip_registered_ratio back to 1.0")
C("[09:33] Tomasz: webhook for #lifts-emea is https://hooks.slack.com/services/[[t]]/[[b]]/[[tok]] can someone swap it into alertmanager",
  ["=tok", "Tomasz"], **dict(zip(("t", "b", "tok"), slack_hook())))
P("[09:35] Priya Raghunathan: her callback number is +44 113 278 4415 and email j.halvorsen58@btinternet.com",
  ["Priya Raghunathan", "+44 113 278 4415", "j.halvorsen58@btinternet.com"])
N("[09:40] lw-ticketbot: created LW-INC-4471 (sev2) linked to LW-7720, runbook https://wiki.lw-internal.net/runbooks/callbox-sip")
C("[09:44] Tomasz Wiśniewski: fwiw the grafana token I used for the dashboard snapshot was [[tok]], revoking it now",
  ["=tok", "Tomasz Wiśniewski"], tok="glsa_" + rs(32) + "_" + hx(8))
N("[09:47] lw-alertbot: dashboard https://grafana.lw-internal.net/d/callbox-sip/overview, trace 00-[[t]]-[[s]]-01", t=hx(32), s=hx(16))
P("[09:50] Priya Raghunathan: handing over to @ruairi.obrien for the afternoon", ["Priya Raghunathan", "ruairi.obrien"])

# =====================================================================
group(2, "psql session", "Russian")
N('Вы подключены к базе данных "dispatch" как пользователь "svc_dispatch_ro" на компьютере "pg-dispatch-01.lw-internal.net" (адрес "10.42.7.15"), порт "5432".')
C('$ psql "postgresql://dispatch_admin:[[pw]]@pg-dispatch-01.lw-internal.net:5432/dispatch?sslmode=require"', ["=pw"], pw=PWU())
N("dispatch=> SELECT id, status, cab_id FROM callouts WHERE created_at > now() - interval '1 hour' AND status = 'open';")
P(" 88213 | open   | CAB-EUW1-0417 | Смирнова Ольга Петровна | +7 916 482-17-35 | ул. Большая Пироговская, д. 19, кв. 42, Москва",
  ["Смирнова Ольга Петровна", "+7 916 482-17-35", "ул. Большая Пироговская, д. 19, кв. 42, Москва"])
P("-- Звонила Ольге Петровне Смирновой, она подтвердила СНИЛС [[snils]] для договора обслуживания",
  ["Ольге Петровне Смирновой", "=snils"], snils=ID("ru_snils", "g02.snils", "128456731"))
C("dispatch=> ALTER ROLE report_writer WITH PASSWORD '[[pw]]'; -- новый пароль для отчётов, старый утёк", ["=pw"], pw=PW())
N("ALTER ROLE")
N("dispatch=> SELECT pg_size_pretty(pg_total_relation_size('callouts')); -- 4312 MB, индекс callouts_cab_id_idx ещё строится")
C(" yandex_geocoder | [[k]] | ключ геокодера Яндекса, обновлён 2024-03-02", ["=k"], k=UUID())
P("dispatch=> UPDATE technicians SET phone = '+7 903 115-62-08' WHERE login = 'a.kuznetsov'; -- Алексей Кузнецов сменил номер",
  ["+7 903 115-62-08", "a.kuznetsov", "Алексей Кузнецов"])
N("UPDATE 1")
N(r"dispatch=> \dt+ public.* -- 37 таблиц, последняя миграция 20240311_0912_add_door_fault_codes применена")
C("-- временно: PGPASSWORD=[[pw]] pg_dump -h pg-dispatch-01 -U backup_agent dispatch > /backup/dispatch.sql (удалить после переноса)",
  ["=pw"], pw=PWU())
P(" 88240 | closed | CAB-EUW1-0112 | Иванов Сергей | ИНН [[inn]] | s.ivanov1979@mail.ru",
  ["Иванов Сергей", "=inn", "s.ivanov1979@mail.ru"], inn=ID("ru_inn12", "g02.inn", "7724183906"))

# =====================================================================
group(3, ".env file", "English")
N("# cabwatch-ingest .env, generated by envctl 3.2.0.7, do not commit (see LW-6610)")
C("DATABASE_URL=postgres://cabwatch:[[pw]]@pg-cabwatch.lw-internal.net:5432/cabwatch", ["=pw"], pw=PWU())
N("KAFKA_BROKERS=kafka-0.lw-internal.net:9093,kafka-1.lw-internal.net:9093,kafka-2.lw-internal.net:9093")
C("AWS_ACCESS_KEY_ID=[[k]]", ["=k"], k=AKID())
C("AWS_SECRET_ACCESS_KEY=[[k]]", ["=k"], k=AWSSEC())
N("# AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE  (AWS docs example, left for reference)")
C("SENDGRID_API_KEY=[[k]]", ["=k"], k="SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE))
P('ALERT_ESCALATION_CONTACT="Marguerite Okonkwo-Hale <m.okonkwohale@gmail.com>"',
  ["Marguerite Okonkwo-Hale", "m.okonkwohale@gmail.com"])
P("ONCALL_FALLBACK_PHONE=+1 617 429 8830  # personal cell of the EU on-call lead, temporary", ["+1 617 429 8830"])
N("STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET:?set in vault secret/cabwatch/stripe}")
N("OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability.svc.cluster.local:4317")
P('TEST_CUSTOMER_ADDRESS="Flat 3, 27 Oakhurst Grove, London SE22 9AH"  # real complaint case, replace before commit',
  ["Flat 3, 27 Oakhurst Grove, London SE22 9AH"])
N("FEATURE_FLAGS=door_fault_v2,cab_temp_alerts,sip_failover  # ENVCTL_CHECKSUM=sha256:[[h]]", h=hx(64))
N("SMTP_PASSWORD=<set-me>  # placeholder, real value comes from secret/cabwatch/smtp")

# =====================================================================
group(4, "k8s Secret and kubectl session", "Mandarin Chinese (Simplified)")
N("# 由 lw-deploy-bot 生成于 2024-04-09，集群 lw-prod-apse1，命名空间 partsbin")
N("kind: Secret  # 类型 Opaque；Helm 里引用方式为 existingSecret: partsbin-db")
C("  DB_PASSWORD: [[b]]  # base64 编码，解码后就是明文密码", ["=b"], b=B64ENC(PW()))
C("  ALIYUN_ACCESS_KEY_SECRET: [[s]]  # 阿里云 OSS 备份用，对应 AccessKey ID [[i]]", ["=s", "=i"], s=rs(30), i="LTAI5t" + rs(18))
N("$ kubectl -n partsbin get secret partsbin-db -o jsonpath='{.metadata.uid}'  输出 [[u]]", u=UUID())
P("# 负责人：王建国（手机 138 1024 5567），如有问题请联系他", ["王建国", "138 1024 5567"])
C("$ kubectl -n partsbin create secret generic wechat-notify --from-literal=corp_secret=[[s]]  # 企业微信应用 Secret",
  ["=s"], s=rs(43, URLSAFE))
P("# 客户投诉记录：李秀英，身份证号 [[cn]]，地址 上海市浦东新区张杨路 1288 弄 6 号 1502 室",
  ["李秀英", "=cn", "上海市浦东新区张杨路 1288 弄 6 号 1502 室"], cn=ID("cn_resident_id", "g04.cnid", "31011519870412236"))
N('$ kubectl -n partsbin rollout status deploy/partsbin-api  deployment "partsbin-api" successfully rolled out（镜像 registry.lw-internal.net/partsbin-api@sha256:[[h]]）', h=hx(64))
P("# 审批人：张伟 <zhangwei_1986@163.com>，工单 LW-8841", ["张伟", "zhangwei_1986@163.com"])
N("# 注意：不要把明文写进仓库，请改用 vault kv get secret/partsbin/aliyun 或 ExternalSecret")
C("  WEBHOOK_URL: https://oapi.dingtalk.com/robot/send?access_token=[[t]]  # 钉钉告警机器人", ["=t"], t=hx(64))
N("# 节点 ip-10-80-3-14.ap-southeast-1.compute.internal 的 kubelet 版本 v1.29.3，证书指纹 [[fp]]", fp=SSHFP())
P("# 值班同事 liuyang.sh 已确认，来自客户 IP 223.104.63.188 的请求已封禁", ["liuyang.sh", "223.104.63.188"])

# =====================================================================
group(5, "support ticket", "Scottish Gaelic")
N("Tiocaid LW-SUP-30418 | Prìomhachas: àrd | Seirbheis: inspect-portal | Staid: fosgailte")
P("Bho: Mòrag NicLeòid <morag.nicleoid@outlook.com>", ["Mòrag NicLeòid", "morag.nicleoid@outlook.com"])
P("Madainn mhath, is mise Mòrag agus tha mi a' fuireach aig 7 Sràid na h-Eaglaise, Port Rìgh, IV51 9EU.",
  ["Mòrag", "7 Sràid na h-Eaglaise, Port Rìgh, IV51 9EU"])
N("Cha do dh'fhosgail doras an àrdaichear ann an togalach B an-dè, agus chunnaic mi còd mearachd E-DOOR-217 air an sgrìn.")
C("Dh'fheuch mi ri logadh a-steach do inspect-portal le facal-faire [[pw]] ach cha do dh'obraich e.", ["=pw"], pw=PW())
P("Faodaidh sibh fòn a chur thugam air 07823 415906, no cuiribh fios do Sheumas, mo bhràthair.", ["07823 415906", "Sheumas"])
N("Freagairt (lw-support-bot): Fhuair sinn an tiocaid agad. Cuir a-steach còd an togalaich, m.e. BLD-0042, agus na cuir facal-faire sa phost-d.")
C("Nota a-staigh: dh'ath-shuidhich Calum am facal-faire gu [[pw]], chaidh a chur ann an SMS cuideachd.", ["=pw", "Calum"], pw=PW())
P("Àireamh Àrachais Nàiseanta a' chustamair airson a' chùmhnaint: [[n]]", ["=n"], n=ID("uk_nino", "g05.nino", "JT 48 31 92 C"))
N("Nota a-staigh: dearbhadh le SSO seach facal-faire; faic https://wiki.lw-internal.net/runbooks/inspect-portal-login agus LW-6121.")
C("Nota a-staigh: còd aon-turais a chaidh a chur gu fòn a' chustamair: [[otp]] (falbhaidh e an ceann 10 mionaidean)", ["=otp"], otp=dg(6))
N('Log: 2024-05-14T08:12:44Z inspect-portal auth_failures_total{reason="bad_password"} 3 trace_id=[[t]]', t=hx(32))
N("Staid air atharrachadh: fosgailte → a' feitheamh air a' chustamair (le svc-support-sync)")
N("Nota a-staigh: tha am facal-faire ùr ann an 1Password, vault 'Inspect Portal', nì 'customer-reset-template' (chan e am facal-faire fhèin).")

# =====================================================================
group(6, "GitHub Actions CI log", "English")
N("2024-06-02T10:14:07.5512830Z ##[group]Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11")
N("2024-06-02T10:14:09.1022114Z HEAD is now at [[s]] dispatch-api: retry SIP callback on 503 (#2291)", s=hx(7))
N("2024-06-02T10:14:12.0043327Z env: REGISTRY_TOKEN: ${{ secrets.REGISTRY_TOKEN }}  NPM_TOKEN: ***")
C('2024-06-02T10:14:15.4471902Z + echo "//registry.npmjs.org/:_authToken=[[t]]" >> ~/.npmrc', ["=t"], t="npm_" + rs(36))
C("2024-06-02T10:14:31.8820145Z + docker login registry.lw-internal.net -u lw-ci -p [[pw]]", ["=pw"], pw=PWU())
N("2024-06-02T10:14:32.0117730Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
P("2024-06-02T10:15:02.3345120Z Author: Nkechi Adeyemi-Brandt <nkechi.ab@proton.me>", ["Nkechi Adeyemi-Brandt", "nkechi.ab@proton.me"])
C('2024-06-02T10:15:40.7719003Z curl -s -H "Authorization: token [[t]]" https://api.github.com/repos/liftwright/dispatch-api/releases',
  ["=t"], t="ghp_" + rs(36))
P("2024-06-02T10:16:05.2210048Z test_fixtures.py: loaded customer row {'name': 'Dariusz Zielonka', 'pesel': '[[p]]'}",
  ["Dariusz Zielonka", "=p"], p=ID("pl_pesel", "g06.pesel", "8311025713"))
N("2024-06-02T10:16:44.9902311Z =========== 412 passed, 3 skipped, 1 xfailed in 61.22s ===========")
P("2024-06-02T10:17:01.1203355Z integration: SMS callback to customer +48 601 224 973 returned 200", ["+48 601 224 973"])
N("2024-06-02T10:17:20.5540017Z Pushed registry.lw-internal.net/dispatch-api:2.31.0.4 digest: sha256:[[h]] size: 2841", h=hx(64))
N("2024-06-02T10:17:21.0034470Z ##[endgroup] Cleaning up orphan processes; job 27114059321 finished")

# =====================================================================
group(7, "customer email", "Kurdish (Kurmanji)")
N("Mijar: Asansor li avahiya C dîsa rawestiya, tiketa LW-SUP-30877")
P("Ji: Rojîn Aydın <rojin.aydin84@gmail.com>", ["Rojîn Aydın", "rojin.aydin84@gmail.com"])
P("Silav, ez Rojîn im û li Kadıköy, Moda Cd. No: 112 D:7, 34710 İstanbul dijîm.",
  ["Rojîn", "Kadıköy, Moda Cd. No: 112 D:7, 34710 İstanbul"])
N("Duh saet 18:40an asansor di navbera qata 4 û 5an de rawestiya û li ser panelê koda xeletiyê E-DRV-031 xuya bû.")
P("Hejmara min a TC [[tc]] e, ji bo peymana xizmetê hûn dikarin kontrol bikin.", ["=tc"],
  tc=ID("tr_tckn", "g07.tckn", "347102865"))
C("Birayê min Berzan şîfreya portalê guhert û niha ew [[pw]] e, ji kerema xwe hesabê min veke.", ["=pw", "Berzan"], pw=PW())
P("Telefona min: 0532 418 26 71. Heke ez bersiv nedim, ji Berzên re binivîsin.", ["0532 418 26 71", "Berzên"])
N("Bersiv (lw-support-bot): Spas, me tiketa we wergirt. Ji kerema xwe şîfreyan bi e-nameyê neşînin.")
C("Nota navxweyî: ji bo ceribandinê min kilîda Mailgun [[k]] bikaranî, divê were guhertin.", ["=k"], k="key-" + hx(32))
P("Nota navxweyî: IBAN a xerîdarê ji bo vegerandina pereyan: [[iban]]", ["=iban"],
  iban=IBAN("g07.iban", "TR" + "00062" + "0" + "0000482913755061", spaced=True))
N("Nota navxweyî: teknîsyen hat şandin, karê LW-DSP-55120, kabîn CAB-IST-0093, firmware 7.4.2.19.")
C("Nota navxweyî: lînka vexwendinê https://inspect.liftwright.io/invite?token=[[t]] hîn jî derbasdar e, wê betal bikin.",
  ["=t"], t=rs(40, URLSAFE))
N("Nota navxweyî: pêwendiya giştî ya me destek@liftwright.io û +90 212 900 41 00 (navenda bangê) ye.")
N("Nota navxweyî: şîfre tenê bi `vault kv get secret/inspect/tr-portal` tê xwendin; mînak: ********")

# =====================================================================
group(8, "Helm values file", "English")
N("# values-prod.yaml for chart dispatch-api 4.8.1, cluster lw-prod-use2, rendered by argocd app dispatch-api-prod")
N("image: {repository: registry.lw-internal.net/dispatch-api, tag: 2.31.0.4, digest: sha256:[[h]]}", h=hx(64))
N("postgresql: {auth: {existingSecret: dispatch-pg-credentials, secretKeys: {userPasswordKey: password}}}")
C('redis: {auth: {enabled: true, password: "[[pw]]"}}  # TODO move to existingSecret before go-live', ["=pw"], pw=PW())
C('env: [{name: DATADOG_API_KEY, value: "[[k]]"}, {name: DD_SITE, value: datadoghq.eu}]', ["=k"], k=hx(32))
N("ingress: {hosts: [dispatch.liftwright.io], tls: [{secretName: dispatch-tls, hosts: [dispatch.liftwright.io]}]}")
P('podAnnotations: {lw.io/owner: "hannah.vasquez-tiller", lw.io/escalation: "+1 773 294 6610"}',
  ["hannah.vasquez-tiller", "+1 773 294 6610"])
C('smtp: {host: smtp.postmarkapp.com, port: 587, username: "[[t]]", password: "[[t]]"}', ["=t"], t=UUID())
N("resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {memory: 1Gi}}  # p99 dispatch_request_duration_seconds 0.41")
P('extraEnv: [{name: PILOT_CUSTOMER_CONTACT, value: "Ingrid Solheim, Thereses gate 14, 0168 Oslo"}]',
  ["Ingrid Solheim", "Thereses gate 14, 0168 Oslo"])
C("tailscale: {enabled: true, authKey: [[k]]}", ["=k"], k="tskey-auth-" + rs(11) + "CNTRL-" + rs(33))
P("# pilot customer id kept for contract lookup (remove!): fødselsnummer [[f]]", ["=f"],
  f=ID("no_fnr", "g08.fnr", "140286494"))
N("serviceAccount: {create: true, name: svc-dispatch, annotations: {eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/dispatch-api-prod}}")

# =====================================================================
group(9, "JSON audit log", "English")
N('{"ts":"2024-07-11T06:02:11.203Z","actor":"svc-partsbin-sync","action":"inventory.reconcile","result":"ok","items":1842,"trace_id":"[[t]]"}', t=hx(32))
P('{"ts":"2024-07-11T06:04:52.118Z","actor":"eleanor.whitcombe","action":"user.login","ip":"86.14.203.77","ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"}',
  ["eleanor.whitcombe", "86.14.203.77"])
C('{"ts":"2024-07-11T06:05:30.407Z","actor":"lw-admin","action":"apikey.create","key_prefix":"lwk_live_","key":"[[k]]","note":"shown once"}',
  ["=k"], k="lwk_live_" + rs(32))
N('{"ts":"2024-07-11T06:07:01.550Z","actor":"svc-billing","action":"invoice.export","invoice":"INV-2024-07-00913","status":"queued","request_id":"[[u]]"}', u=UUID())
P('{"ts":"2024-07-11T06:09:14.002Z","actor":"support-portal","action":"customer.update","fields":{"name":"Bartholomew Ng","phone":"+61 412 883 907","dob":"1979-03-22"}}',
  ["Bartholomew Ng", "+61 412 883 907", "1979-03-22"])
C('{"ts":"2024-07-11T06:11:40.731Z","actor":"eleanor.whitcombe","action":"integration.update","integration":"stripe","diff":{"secret_key":["sk_live_****3xQ","[[k]]"]}}',
  ["=k", "eleanor.whitcombe"], k="sk_live_" + rs(24))
N('{"ts":"2024-07-11T06:12:03.090Z","actor":"svc-dispatch","action":"technician.assign","callout":"CO-5521904","technician_id":"TEC-00417","eta_min":35}')
P('{"ts":"2024-07-11T06:14:26.611Z","action":"payment.method.add","customer":"CUST-88102","card_number":"[[c]]","holder":"Siobhan Kearney"}',
  ["=c", "Siobhan Kearney"], c=ID("card", "g09.card", "453201178834907").replace(" ", ""))
C('{"ts":"2024-07-11T06:15:09.884Z","action":"session.create","actor":"bartholomew.ng","cookie":"lw_session=[[s]]; Path=/; HttpOnly; Secure"}',
  ["=s", "bartholomew.ng"], s=rs(40))
N('{"ts":"2024-07-11T06:16:44.270Z","action":"payment.method.add","customer":"CUST-90017","card_last4":"4412","brand":"visa","fingerprint":"[[f]]"}', f=rs(16))
P('{"ts":"2024-07-11T06:18:12.905Z","action":"kyc.verify","customer":"CUST-88102","document":"ie_ppsn","value":"[[p]]","verified":true}',
  ["=p"], p=ID("ie_ppsn", "g09.ppsn", "6138472"))
N('{"ts":"2024-07-11T06:20:00.000Z","actor":"lw-deploy-bot","action":"config.rollout","service":"inspect-portal","version":"5.2.0.11","commit":"[[s]]"}', s=hx(40))
C('{"ts":"2024-07-11T06:21:37.446Z","actor":"svc-backup","action":"secret.read","path":"secret/data/backup/s3","error":"permission denied for token [[t]]"}',
  ["=t"], t="hvs." + rs(24))
N('{"ts":"2024-07-11T06:22:10.317Z","actor":"svc-backup","action":"secret.read","path":"secret/data/backup/s3","token_accessor":"[redacted]","result":"ok"}')

# =====================================================================
group(10, "call transcript", "Occitan")
N("[00:00:03] Agent (linha 2, enregistrament LW-CALL-77410): Liftwright, bonjorn, cossí vos pòdi ajudar ?")
P("[00:00:09] Client: Bonjorn, soi Joana Castanhièr, l'ascensor de nòstra residéncia es arrestat dempuèi ièr.", ["Joana Castanhièr"])
N("[00:00:21] Agent: D'acòrdi. Vesi una alarma E-CAB-104 sus la cabina CAB-TLS-0288, version de firmware 6.1.0.3.")
P("[00:00:35] Client: L'adreça es 12 carrièra dels Filatièrs, 31000 Tolosa, bastiment B.", ["12 carrièra dels Filatièrs, 31000 Tolosa"])
P("[00:00:48] Client: Mon numèro de seguretat sociala es [[n]], se vos cal per lo contracte.", ["=n"],
  n=ID("fr_nir", "g10.nir", "2870631555082"))
C("[00:01:02] Client: E lo senhal del compte que mon filh Pèire a creat es [[pw]], o vos disi per que siá mai simple.",
  ["=pw", "Pèire"], pw=PW())
N("[00:01:15] Agent: Vos prègui de me pas donar de senhals al telefòn; vos mandarem un ligam de reinicializacion.")
P("[00:01:30] Client: Me podètz tornar sonar al 06 47 82 19 33 o m'escriure a joana.castanhier@laposte.net.",
  ["06 47 82 19 33", "joana.castanhier@laposte.net"])
C("[00:01:44] Agent (nòta intèrna): còdi SMS de verificacion mandat: [[o]]", ["=o"], o=dg(3) + " " + rs(3, DIG))
N("[00:02:01] Agent: Ai creat la demanda LW-DSP-56012; un tecnician passarà uèi abans 17 h.")
C("[00:02:20] Agent (nòta intèrna): lo tecnician a besonh del còdi de la pòrta del local tecnic, [[d]], e de la clau d'API del portal [[k]]",
  ["=d", "=k"], d=dg(4), k="lwk_live_" + rs(32))
N("[00:02:41] Agent: Mercés, bona jornada ! (fin de la sonada, durada 00:02:44, coa support-fr)")
N("[metadata] call_id=[[u]] trunk=sip-euw1-02 codec=opus mos=4.3", u=UUID())
N("[00:02:50] Agent (nòta intèrna): lo senhal provisòri es pas aicí, es dins lo gestionari, referéncia LW-PW-0412.")

# =====================================================================
group(11, "Alertmanager webhook payload and relay log", "English")
N('{"receiver":"lw-pagerduty-critical","status":"firing","groupKey":"{}:{alertname=\\"CabDoorFaultRate\\"}","version":"4","externalURL":"https://alertmanager.lw-internal.net"}')
N('{"labels":{"alertname":"CabDoorFaultRate","cluster":"lw-prod-euw1","service":"doorloop","severity":"critical"},"startsAt":"2024-08-03T02:11:40Z"}')
C('{"annotations":{"summary":"door faults > 5/min","runbook":"https://wiki.lw-internal.net/runbooks/doorloop","debug":"curl -u doorloop-admin:[[pw]] https://doorloop.lw-internal.net/debug/vars"}}',
  ["=pw"], pw=PWU())
N('{"generatorURL":"https://prometheus.lw-internal.net/graph?g0.expr=rate(doorloop_door_faults_total%5B5m%5D)+%3E+5","fingerprint":"[[f]]"}', f=hx(16))
C("am-relay[812]: forwarding group [[f]] to https://hooks.slack.com/services/[[t]]/[[b]]/[[tok]]",
  ["=tok"], f=hx(16), **dict(zip(("t", "b", "tok"), slack_hook())))
P('{"labels":{"alertname":"CallboxStuckPassenger","cab":"CAB-EUW1-0231"},"annotations":{"passenger_name":"Aoife Brennan","passenger_phone":"+353 87 214 6630"}}',
  ["Aoife Brennan", "+353 87 214 6630"])
N('{"status":"resolved","labels":{"alertname":"CabwatchIngestLag","consumer_group":"cabwatch-ingest","partition":"17"},"endsAt":"2024-08-03T02:40:02Z","value":"412"}')
C('{"annotations":{"description":"opsgenie fallback failed: 401 Unauthorized for GenieKey [[k]]"}}', ["=k"], k=UUID())
P('{"annotations":{"acked_by":"Oluwaseun Hargreaves","ack_note":"called resident in flat 4B, DOB on file 14/02/1951 confirmed for identity check"}}',
  ["Oluwaseun Hargreaves", "14/02/1951"])
N('{"truncatedAlerts":0,"commonLabels":{"team":"sre-emea","env":"prod"},"commonAnnotations":{"dashboard":"https://grafana.lw-internal.net/d/doorloop-01"}}')
C('{"annotations":{"debug_token":"[[j]]"}}', ["=j"], j=JWT("svc-doorloop", "doorloop-debug"))
P('{"labels":{"alertname":"SuspiciousLogin","user":"oluwaseun.hargreaves","src_ip":"102.89.34.117","geo":"Lagos, NG"}}',
  ["oluwaseun.hargreaves", "102.89.34.117"])
N('{"labels":{"alertname":"SuspiciousLogin","user":"svc-callbox","src_ip":"10.80.14.22","geo":"internal"},"status":"resolved"}')

# =====================================================================
group(12, "handover notes", "Yiddish")
N("איבערגאַבע־נאָטיצן, נאַכטשיכט → טאָגשיכט, 2024-09-05, קלאַסטער lw-prod-use2")
N("• dispatch-api לויפֿט אויף ווערסיע 2.31.0.4, קיין נײַע אַלאַרמען זינט 03:00; זע LW-INC-4519")
P("• חיים גאָלדבערג פֿון 178 Lee Ave, Brooklyn, NY 11211 האָט אָנגערופֿן צוויי מאָל, זײַן נומער 718-387-2261",
  ["חיים גאָלדבערג", "178 Lee Ave, Brooklyn, NY 11211", "718-387-2261"])
C("• דאָס פּאַראָל פֿאַר דעם Callbox־פּאַנעל אין יענעם בנין איז איצט [[pw]], חיים האָט עס געבעטן", ["=pw", "חיים"], pw=PW())
N("• כּדי צו באַקומען דעם SIP־שליסל, ניצט `vault kv get secret/callbox/brooklyn`, נישט שיקן אין Slack")
C("• איך האָב צײַטווײַליק אַרײַנגעשטעלט OPENAI_API_KEY=[[k]] אין דעם staging .env פֿאַרן טראַנסקריפּציע־טעסט; ביטע ראָטירן",
  ["=k"], k="sk-proj-" + rs(48, URLSAFE))
P("• רבקה פֿרידמאַן (rivky.friedman@gmail.com) וויל אַ קאָפּיע פֿון דעם אינספּעקציע־צערטיפֿיקאַט",
  ["רבקה פֿרידמאַן", "rivky.friedman@gmail.com"])
N("• inspect-portal 5.2.0.11: דער באַג מיט PDF־עקספּאָרט (E-PDF-509) איז פֿאַרריכט אין קאָמיט [[s]]", s=hx(7))
P("• דער טעכניקער משה לעווין, ת״ז [[t]], האָט נאָך נישט באַקומען זײַן באַדזש", ["משה לעווין", "=t"],
  t=ID("il_teudat_zehut", "g12.tz", "31948267"))
C("• סעסיע־קוקי פֿון דעם קליענט מיטן פּראָבלעם: lw_session=[[s]] (נאָר פֿאַר דיבאַגינג, אויסמעקן)", ["=s"], s=rs(40))
N("• אַלע בנינים אין Williamsburg זענען איצט אויף firmware 7.4.2.19; 0 פֿעלערן אין cabwatch_ingest_errors_total")
P("• SSN פֿון דעם נײַעם קאָנטראַקטאָר פֿאַר W-9: [[s]], ביטע אַריבערפֿירן אין HR־סיסטעם און דאָ אויסמעקן", ["=s"],
  s=ID("us_ssn", "g12.ssn", "431-58-2267"))
N("• ווײַטער: LW-7902 (ראָטירן SIP־שליסלען), LW-7910 (dashboard פֿאַר door faults); קאָנטאַקט: oncall-us@liftwright.io")

# =====================================================================
group(13, "team chat thread", "Sundanese")
N("[08.02] lw-alertbot: CabwatchIngestLag di lw-prod-apse1, lag 1240 pesen, partition 9")
P("[08.05] Asep Saepudin: Punten, abdi nuju di lokasi Gedung Sate, nomer HP abdi 0812-2245-7781 upami peryogi",
  ["Asep Saepudin", "0812-2245-7781"])
C("[08.07] Asep Saepudin: Sandi VPN nu énggal nyaéta [[pw]], tong disebarkeun nya", ["=pw", "Asep Saepudin"], pw=PW())
N("[08.09] lw-sec-bot: Émut, sandi kedah dicandak tina `vault kv get secret/vpn/apse1`, ulah ditempelkeun di dieu")
P("[08.12] Euis Nurhayati: Palanggan nu ngalaporkeun nyaéta Bu Dedeh, NIK [[n]], alamatna Jl. Cihampelas No. 88, Bandung 40131",
  ["Euis Nurhayati", "Dedeh", "=n", "Jl. Cihampelas No. 88, Bandung 40131"], n=ID("id_nik", "g13.nik", "3273035408720003"))
C("[08.15] Euis Nurhayati: Server key Midtrans pikeun tés pamayaran: [[k]]", ["=k", "Euis Nurhayati"], k="Mid-server-" + rs(24, URLSAFE))
N("[08.18] lw-deploy-bot: partsbin-api 3.9.0.2 parantos di-deploy (commit [[s]]), 0 kasalahan", s=hx(7))
P("[08.20] Asep Saepudin: Bu Dedeh ogé ngirim email ti dedeh.sumiati72@yahoo.co.id, tos diteruskeun ka tim",
  ["Asep Saepudin", "Dedeh", "dedeh.sumiati72@yahoo.co.id"])
N("[08.23] lw-alertbot: resolved CabwatchIngestLag, lag 0, durasi 21m")
C("[08.25] Euis Nurhayati: Xendit ogé, [[k]], bakal dirotasi soré ieu", ["=k", "Euis Nurhayati"], k="xnd_production_" + rs(60))
N("[08.27] lw-ticketbot: tikét LW-SUP-31102 dijieun, prioritas sedeng, SLA 4 jam")
P("[08.30] Asep Saepudin: Abdi badé ka lokasi, upami aya nanaon hubungi @euis.nurhayati", ["Asep Saepudin", "euis.nurhayati"])
N("[08.33] lw-alertbot: panel https://grafana.lw-internal.net/d/cabwatch-apse1, trace 00-[[t]]-[[s]]-01", t=hx(32), s=hx(16))
N("[08.35] lw-sec-bot: kunci Xendit nu kapendak ku scanner ditandaan xnd_production_****, rotasi dilacak dina LW-8190")

# =====================================================================
group(14, "Sentry event", "English")
N("event_id: [[e]]  project: inspect-portal  release: inspect-portal@5.2.0.11  environment: production", e=hx(32))
N('exception: psycopg.OperationalError: connection to server at "10.42.9.31", port 5432 failed: FATAL: sorry, too many clients already')
C("extra.dsn_used: postgresql://inspect_rw:[[pw]]@10.42.9.31:5432/inspect", ["=pw"], pw=PWU())
P('user: {"id": "u_81922", "email": "farida.rahimova@yandex.ru", "ip_address": "95.165.28.140", "username": "frahimova"}',
  ["farida.rahimova@yandex.ru", "95.165.28.140", "frahimova"])
N("tags: browser=Chrome 124.0.6367.91, os=Windows 10, transaction=/certificates/<int:cert_id>/pdf, level=error")
C("request.headers.Authorization: Bearer [[j]]", ["=j"], j=JWT("u_81922", "inspect-portal"))
P('request.data: {"cert_owner": "Ravindra Kulkarni", "owner_phone": "+91 98450 31277", "pan": "[[p]]"}',
  ["Ravindra Kulkarni", "+91 98450 31277", "=p"], p=ID("in_pan", "g14.pan", "AHDPK4821M"))
N("request.headers.Cookie: [Filtered]  request.headers.X-Api-Key: [Filtered]")
C("request.headers.Cookie: sessionid=[[s]]; lw_lang=en-GB", ["=s"], s=rs(32, LO + DIG))
N("breadcrumbs[3]: http GET https://inspect.liftwright.io/api/v2/certificates/55120 status_code=500 duration=1284ms")
P("breadcrumbs[4]: ui.click button#download-pdf by ravindra.kulkarni@outlook.in", ["ravindra.kulkarni@outlook.in"])
N("fingerprint: ['{{ default }}', 'OperationalError']  sdk: sentry.python 2.3.1  trace: [[t]]", t=hx(32))
C("extra.env_dump: SENTRY_AUTH_TOKEN=[[t]]", ["=t"], t="sntrys_" + rs(64, ALNUM))

# =====================================================================
group(15, "curl trace and HAR export", "English")
N("$ curl -v https://api.liftwright.io/v3/callouts?status=open -H @headers.txt")
N("*   Trying 52.58.114.203:443... * Connected to api.liftwright.io (52.58.114.203) port 443")
C("> Authorization: Basic [[b]]", ["=b"], b=BASIC("dispatch-reports", PW()))
N("< HTTP/2 200 < x-request-id: [[u]] < x-ratelimit-remaining: 4987", u=UUID())
P('< body: [{"id":"CO-5522017","reporter":"Gwendolyn Achterberg","reporter_phone":"+31 6 4172 9083"}]',
  ["Gwendolyn Achterberg", "+31 6 4172 9083"])
C("""$ curl -s -X POST https://api.liftwright.io/v3/webhooks -H 'X-LW-Api-Key: [[k]]' -d '{"url":"https://hooks.example.org/lw"}'""",
  ["=k"], k="lwk_live_" + rs(32))
N('{"log":{"version":"1.2","creator":{"name":"Firefox","version":"126.0"},"pages":[{"id":"page_1","title":"Liftwright Inspect"}]}}')
C('{"request":{"url":"https://inspect.liftwright.io/api/v2/session","cookies":[{"name":"lw_session","value":"[[s]]"}]}}',
  ["=s"], s=rs(40))
P('{"response":{"content":{"mimeType":"text/plain","text":"customer=Gwendolyn Achterberg; bsn=[[b]]"}}}',
  ["Gwendolyn Achterberg", "=b"], b=ID("nl_bsn", "g15.bsn", "17394628"))
N('{"request":{"headers":[{"name":"Authorization","value":"Bearer <redacted>"},{"name":"traceparent","value":"00-[[t]]-[[s]]-01"}]}}',
  t=hx(32), s=hx(16))
P('{"request":{"url":"https://inspect.liftwright.io/api/v2/owners?email=g.achterberg%40ziggo.nl"},"serverIPAddress":"52.58.114.203","_clientIP":"84.241.196.55"}',
  ["g.achterberg%40ziggo.nl", "84.241.196.55"])
N('{"timings":{"blocked":0.4,"dns":12.1,"connect":31.7,"ssl":22.9,"send":0.2,"wait":284.3,"receive":3.8}}')
P('{"postData":{"mimeType":"application/x-www-form-urlencoded","text":"iban=[[i]]&holder=G.+Achterberg"}}',
  ["=i", "G.+Achterberg"], i=IBAN("g15.iban", "NL" + "INGB" + "0007291846"))

# =====================================================================
group(16, "web form submission", "Samoan")
N("Pepa talosaga: Lipoti se faaletonu o le lifi, inspect.liftwright.io/forms/fault, form_id=frm_2291")
P("Igoa atoa: Leilani Faleolo-Tuiasosopo", ["Leilani Faleolo-Tuiasosopo"])
P("Tuatusi: 27 Bairds Road, Ōtara, Auckland 2023", ["27 Bairds Road, Ōtara, Auckland 2023"])
P("Numera telefoni: 021 847 3392 | Imeli: leilani.faleolo@xtra.co.nz", ["021 847 3392", "leilani.faleolo@xtra.co.nz"])
N("Fale: Otara Town Centre Poloka C, lifi numera CAB-AKL-0145, faailoga sese E-LVL-022")
P("Numera IRD (mo le pili): [[i]]", ["=i"], i=ID("nz_ird", "g16.ird", "11947283"))
C("Upu faamaonia o la'u teugatupe i luga o le upega: [[pw]] (na ou tusia iinei ina ne'i galo ia te au)", ["=pw"], pw=PW())
N("Faamatalaga: Na tu le lifi i le fogafale lona 3 mo le 20 minute, sa i ai ma la'u tama i totonu.")
C("hidden field: recaptcha_secret=[[k]]", ["=k"], k="6L" + rs(38, URLSAFE))
N("hidden field: csrf_token=[masked] submission_id=sub_[[h]] received_at=2024-10-02T21:44:19+13:00", h=hx(24))
C("Faamatalaga faaopoopo: o le code na auina mai i la'u telefoni o le [[o]], ae ua uma lona taimi", ["=o"], o=dg(3) + " " + rs(3, DIG))
P("Aso fanau: 17/08/1988. Ou te fia maua se kopi o le lipoti i la'u imeli.", ["17/08/1988"])
N("auto-reply: Faafetai! Ua maua lau lipoti, numera LW-SUP-31877. Matou te le fesili lava mo sau upu faamaonia.")
N("Fanua o le pepa: igoa, tuatusi, telefoni, imeli, numera IRD (e le manaomia), aso fanau; version 3.4.0.2")

# =====================================================================
group(17, "shell session", "Shona")
N("ops@jump-01:~$ kubectl --context lw-prod-afs1 -n callbox get pods | grep -v Running   # tarisa kuti pods dzese dziri kushanda here")
N("callbox-gw-7d9f8c6b5-x2kqp   0/1   CrashLoopBackOff   14   52m")
C("ops@jump-01:~$ export MYSQL_PWD='[[pw]]'   # password itsva yakapihwa naTendai nezuro", ["=pw", "naTendai"], pw=PW())
N("ops@jump-01:~$ mysql -h mysql-callbox.lw-internal.net -u callbox_admin callbox -e 'SELECT COUNT(*) FROM sip_peers;'   # 412")
P("""ops@jump-01:~$ mysql callbox -e "SELECT * FROM site_contacts WHERE site='HRE-017'"  ->  17 | Chipo Mutasa | +263 77 214 3856 | 14 Samora Machel Ave, Harare""",
  ["Chipo Mutasa", "+263 77 214 3856", "14 Samora Machel Ave, Harare"])
C("ops@jump-01:~$ curl -X POST https://api.telegram.org/bot[[t]]/sendMessage -d chat_id=-1001948822013 -d text='callbox restarting'",
  ["=t"], t=dg(10) + ":AA" + rs(33, URLSAFE))
N("ops@jump-01:~$ # Kana pod ikasatanga, tarisa logs ne `kubectl logs -p` wobva wavhura tiketi muLW-INC")
P("ops@jump-01:~$ cat /tmp/visitor_note.txt  ->  Amai Chipo vakati nhamba yechitupa chavo ndi [[z]]", ["Chipo", "=z"],
  z=ID("zw_national_id", "g17.zwid", "63-2351784 42"))
C("ops@jump-01:~$ git clone https://oauth2:[[t]]@gitlab.lw-internal.net/sre/callbox-config.git", ["=t"], t="glpat-" + rs(20, URLSAFE))
N("Cloning into 'callbox-config'... remote: Enumerating objects: 1841, done. HEAD is now at [[s]]", s=hx(40))
P("ops@jump-01:~$ last -i | head -1  ->  tmoyo  pts/2  41.174.92.18  Tue Oct 15 07:12 - 07:40 (00:28)", ["tmoyo", "41.174.92.18"])
N("ops@jump-01:~$ ssh-keygen -lf ~/.ssh/id_ed25519.pub  ->  256 [[f]] ops@jump-01 (ED25519)", f=SSHFP())
N("ops@jump-01:~$ history -c && exit   # bvisa nhoroondo isati yaonekwa nevamwe")

# =====================================================================
group(18, "Terraform", "English")
N("# modules/cabwatch/main.tf, managed by Atlantis, workspace lw-prod-euw1, provider hashicorp/aws 5.49.0")
N('resource "aws_db_instance" "cabwatch" { identifier = "cabwatch-prod" engine_version = "16.2" instance_class = "db.r6g.xlarge" }')
C('  password = "[[pw]]"   # FIXME use manage_master_user_password', ["=pw"], pw=PW())
N("  password = var.db_password   # sensitive = true, injected from TF_VAR_db_password in Atlantis")
C('provider "cloudflare" { api_token = "[[t]]" }', ["=t"], t=rs(40, URLSAFE))
P('  tags = { Owner = "beatriz.quintanilha", CostCenter = "CC-4410", Contact = "+351 912 448 031" }',
  ["beatriz.quintanilha", "+351 912 448 031"])
N('data "vault_kv_secret_v2" "stripe" { mount = "secret" name = "billing/stripe" }')
C('resource "github_actions_secret" "deploy" { repository = "cabwatch" secret_name = "DEPLOY_TOKEN" plaintext_value = "[[t]]" }',
  ["=t"], t="github_pat_11" + rs(20, UP + DIG) + "_" + rs(59))
P("# break-glass contact (personal): Beatriz Quintanilha, Rua de Cedofeita 412, 4050-174 Porto",
  ["Beatriz Quintanilha", "Rua de Cedofeita 412, 4050-174 Porto"])
N("Plan: 3 to add, 1 to change, 0 to destroy. Acquired state lock [[u]]", u=UUID())
P('resource "aws_iam_user" "contractor" { name = "inigo.etxeberria" tags = { dni = "[[d]]" } }',
  ["inigo.etxeberria", "=d"], d=ID("es_dni", "g18.dni", "48273915"))
N('output "cabwatch_endpoint" { value = "cabwatch-prod.c9akciq32.eu-west-1.rds.amazonaws.com:5432" }')
N('  ~ engine_version = "16.1" -> "16.2"  # arn:aws:rds:eu-west-1:123456789012:db:cabwatch-prod')

# =====================================================================
group(19, "Jira export", "Oromo")
N("Issue key,Summary,Status,Assignee,Created: LW-8102,Liftiin gamoo C keessatti dhaabbate,In Progress,svc-jira-sync,2024-11-04")
P("LW-8102 Ibsa: Maamilli keenya Obsaa Gammachuu lakkoofsa bilbilaa +251 911 43 87 20 irraa bilbile.",
  ["Obsaa Gammachuu", "+251 911 43 87 20"])
N("LW-8102 Ibsa: Koodiin dogoggoraa E-HYD-118 paanaala irratti mul'ate, firmware 7.4.2.19, kaabinii CAB-ADD-0021.")
C("LW-8102 Yaada: jecha icciitii VPN haaraa [[pw]] jedhu fayyadamaa, boru ni jijjiirama.", ["=pw"], pw=PW())
P("LW-8102 Yaada: Teessoon maamilaa Boolee, Kifle Magaalaa 03, Mana Lakk. 1147, Finfinnee.",
  ["Boolee, Kifle Magaalaa 03, Mana Lakk. 1147, Finfinnee"])
C("LW-8103 Ibsa: Furtuun API Google Maps [[k]] koodii keessatti argame, haqamuu qaba.", ["=k"], k="AIza" + rs(35, URLSAFE))
N("LW-8103 Ibsa: Furtuu kana bakka buusuuf `${{ secrets.GMAPS_KEY }}` fayyadamaa; PR #2412.")
P("LW-8104 Ibsa: Caaltuu Tasfaayee email chaltu.tesfaye@gmail.com irraa kaffaltiin akka hin milkoofne gabaafte.",
  ["Caaltuu Tasfaayee", "chaltu.tesfaye@gmail.com"])
P("LW-8104 Yaada: Kaardiin isheen fayyadamte [[c]], baankii irraa mirkaneessuun barbaachisa.", ["=c"],
  c=ID("card", "g19.card", "524188307729164"))
C("LW-8104 Yaada: Chapa secret key [[k]] logii keessatti mul'ate, jijjiiraa.", ["=k"], k="CHASECK-" + rs(32))
N("LW-8105 Ibsa: Daashboordii cabwatch_ingest_lag_seconds p95 > 30; sprint 44, story points 3.")
N("LW-8105 Attachment: grafana-export-[[u]].json (84 KB), kan svc-jira-sync fe'e", u=UUID())
P("LW-8105 Yaada: @abdi.kebede hojii kana ilaali maaloo, Caaltuun deebii eegaa jirti.", ["abdi.kebede", "Caaltuun"])
N("LW-8105 Yaada: jechi icciitii Chapa haaraan `vault kv get secret/billing/chapa` keessa jira; CHASECK-**** qofa asitti barreessaa.")

# =====================================================================
group(20, "Ansible playbook and run", "English")
N("- name: Configure callbox SIP gateways  hosts: callbox_gw  become: true  vars_files: [group_vars/callbox/vault.yml]")
N("group_vars/callbox/vault.yml: $ANSIBLE_VAULT;1.1;AES256 (encrypted, 2.3 KB, vault-id prod)")
C('    sip_trunk_password: "[[pw]]"   # plaintext copy, was supposed to live in vault.yml', ["=pw"], pw=PW())
N('    sip_trunk_password: "{{ vault_sip_trunk_password }}"')
C('    deploy_private_key: "-----BEGIN OPENSSH PRIVATE KEY-----\\n[[k]]\\n-----END OPENSSH PRIVATE KEY-----"',
  ["=k"], k="b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD" + rs(180, ALNUM + "+/") + "==")
P('- name: create local admin for contractor  user: name=mgallagher comment="Maeve Gallagher, ext contractor"',
  ["mgallagher", "Maeve Gallagher"])
N("TASK [callbox : restart asterisk] changed: [cbx-euw1-01.lw-internal.net] changed: [cbx-euw1-02.lw-internal.net]")
C('ok: [cbx-euw1-01] => {"msg": "pjsip registering with secret [[s]]"}   # debug task left in, no_log: false', ["=s"], s=hx(32))
P('    emergency_contact_sms: "+353 86 771 2043"   # Maeve\'s mobile, remove after pilot', ["+353 86 771 2043", "Maeve"])
N("PLAY RECAP cbx-euw1-01 : ok=24 changed=3 unreachable=0 failed=0 skipped=2 rescued=0 ignored=0")
P('    payroll_export_owner: {name: "Maeve Gallagher", ppsn: "[[p]]"}', ["Maeve Gallagher", "=p"],
  p=ID("ie_ppsn", "g20.ppsn", "8364016"))
N("ansible-playbook [core 2.16.6] config file = /etc/ansible/ansible.cfg, inventory inventories/prod/hosts.yml, --check --diff")
N("    asterisk_version: 20.7.0.1   # tarball checksum sha256:[[h]]", h=hx(64))

# =====================================================================
group(21, "docker-compose file", "English")
N("# docker-compose.override.yml, local dev stack for partsbin, compose spec 3.9")
N('  postgres: {image: postgres:16.2-alpine, ports: ["5432:5432"], environment: {POSTGRES_PASSWORD_FILE: /run/secrets/pg_password}}')
C('  minio: {environment: {MINIO_ROOT_USER: partsbin, MINIO_ROOT_PASSWORD: "[[pw]]"}}', ["=pw"], pw=PW())
C("  api: {environment: {HF_TOKEN: [[h]], ANTHROPIC_API_KEY: [[a]]}}", ["=h", "=a"],
  h="hf_" + rs(34), a="sk-ant-api03-" + rs(93, URLSAFE) + "AA")
N('  api: {environment: {STRIPE_SECRET_KEY: sk_test_4eC39HqLyjWDarjtT1zdp7dc, STRIPE_TEST_CARD: "4242 4242 4242 4242"}}')
P('  seed: {command: ["./seed.py", "--owner-email", "cormac.ohalloran@gmail.com", "--owner-name", "Cormac O\'Halloran"]}',
  ["cormac.ohalloran@gmail.com", "Cormac O'Halloran"])
N('  redis: {image: redis@sha256:[[h]], healthcheck: {test: ["CMD", "redis-cli", "ping"]}}', h=hx(64))
C('  mailer: {environment: {SMTP_URL: "smtps://[[u]]:[[p]]@email-smtp.eu-west-1.amazonaws.com:465"}}', ["=u", "=p"],
  u=AKID(), p="B" + rs(43, ALNUM + "+"))
P('  fixtures: {volumes: ["./fixtures/customers_real_DO_NOT_COMMIT.csv:/data/c.csv"]}  # contains Ayşe Demirtaş, +90 532 771 40 12',
  ["Ayşe Demirtaş", "+90 532 771 40 12"])
N("secrets: {pg_password: {file: ./secrets/pg_password.txt}, stripe_key: {external: true, name: partsbin_stripe_key}}")
P("  # card from a support case, swap for 4242 4242 4242 4242 before pushing: [[c]]", ["=c"],
  c=ID("card", "g21.card", "535110427718930"))
N("networks: {default: {ipam: {config: [{subnet: 172.28.0.0/16, gateway: 172.28.0.1}]}}}")
N("x-build: {context: ., args: {GIT_SHA: [[s]], VERSION: 3.9.0.2}}", s=hx(40))

# =====================================================================
group(22, "CSV export", "Sesotho")
N("nomoro_ya_kopo,letsatsi,moaho,boemo,metsotso_ya_karabo,moreki,mohala")
P("CO-5530112,2024-12-02,BFN-0031,e phethetswe,42,Lerato Mokoena,082 417 3390", ["Lerato Mokoena", "082 417 3390"])
N("CO-5530113,2024-12-02,BFN-0044,e sa ntse e bulehile,,,svc-dispatch")
P("CO-5530114,2024-12-02,BFN-0031,e phethetswe,37,Thabo Nthako,[[z]],thabo.nthako@webmail.co.za",
  ["Thabo Nthako", "=z", "thabo.nthako@webmail.co.za"], z=ID("za_id", "g22.zaid", "890514073208"))
C('CO-5530115,2024-12-03,MSU-0007,e phethetswe,55,,"tlhaloso: mohlokomedi o itse phasewete ya panele ke [[pw]]"', ["=pw"], pw=PW())
P('CO-5530116,2024-12-03,MSU-0007,e phethetswe,29,"Mme Palesa Molefe, 14 Kellner St, Westdene, Bloemfontein 9301, o hlahile 1992-05-19",',
  ["Palesa Molefe", "14 Kellner St, Westdene, Bloemfontein 9301", "1992-05-19"])
N('CO-5530117,2024-12-03,BFN-0052,e hlakotswe,,"phoso E-DOOR-217, firmware 6.1.0.3",')
C("# export_meta: generated_by=svc-reports api_token=[[t]] bucket=lw-exports-afs1", ["=t"], t="dop_v1_" + hx(64))
N("# export_meta: rows=1841 sha256=[[h]] schema=callouts_v7", h=hx(64))
C('CO-5530118,2024-12-04,BFN-0031,e phethetswe,33,,"molaetsa: khoutu ya OTP ke [[o]], o se ke wa e arolelana"', ["=o"],
  o=dg(3) + " " + rs(3, DIG))
P("CO-5530119,2024-12-04,BFN-0060,e phethetswe,48,Ntate Kabelo Sefali,+266 5884 2093", ["Kabelo Sefali", "+266 5884 2093"])
N("CO-5530120,2024-12-04,BFN-0060,e phethetswe,31,,ts=1733300400 trace=[[t]]", t=hx(32))
N("# kakaretso: dikopo 1841, karolelano ya nako ya karabo metsotso 39.6, ho se kgotsofale 2.1%")

# =====================================================================
group(23, "support ticket", "Wolof")
N("Tike LW-SUP-32210 | Njëkk: kawe | Seriwis: callbox-gw | Dëkk: Dakar")
P("Ki ko yónni: Aminata Ndiaye <aminata.ndiaye90@gmail.com>", ["Aminata Ndiaye", "aminata.ndiaye90@gmail.com"])
P("Asalaa maalekum, maa ngi dëkk ci Sicap Liberté 6, Villa 6712, Dakar. Sama nimero mooy 77 614 28 93.",
  ["Sicap Liberté 6, Villa 6712, Dakar", "77 614 28 93"])
N("Asansër bi taxaw na ci diggante étage 3 ak 4, te ekraan bi wone na kood E-CAB-104.")
C("Sama doom Moussa soppi na baatu-jàll bi ci portal bi, bu bees bi mooy [[pw]].", ["=pw", "Moussa"], pw=PW())
P("Ngir delloo xaalis bi, sama IBAN mooy [[i]].", ["=i"], i=IBAN("g23.iban", "SN" + "SN0120152000071934400283"))
N("Tontu (lw-support-bot): Jërëjëf, jot nanu sa tike. Bul yónne baatu-jàll ci email.")
C("Nota biir: ñu jëfandikoo na Orange Money API client_secret [[s]] ngir test, war nanu ko soppi.", ["=s"], s=rs(32))
P("Nota biir: Moussa Ndiaye woo na ci +221 78 402 55 17, mu laaj ñu woo ko ginnaaw 17h.", ["Moussa Ndiaye", "+221 78 402 55 17"])
N("Nota biir: teknisiyeŋ bi dem na, liggéey LW-DSP-57741, kabin CAB-DKR-0012, firmware 7.4.2.19.")
C("Nota biir: webhook Discord bu ekip bi: https://discord.com/api/webhooks/[[i]]/[[t]], fey ko.", ["=t"],
  i=dg(18), t=rs(68, URLSAFE))
N("Nota biir: sunu nimero bu kilifteef mooy +221 33 869 40 00 ak support-afrique@liftwright.io.")
N("Xaaj bi soppi na: ubbeeku → mu ngi xaar kiliyaan bi (svc-support-sync), request_id [[u]]", u=UUID())
N("Nota biir: client_secret bu bees bi nekk na ci `vault kv get secret/payments/orange-money`, bul ko bind fii.")

# =====================================================================
group(24, "nginx access and error log", "English")
N('10.80.3.14 - - [07/Jan/2025:09:12:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001')
P('81.107.44.213 - - [07/Jan/2025:09:12:04 +0000] "GET /api/v2/certificates/55120/pdf HTTP/2.0" 200 184422 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"',
  ["81.107.44.213"])
C('81.107.44.213 - - [07/Jan/2025:09:12:09 +0000] "GET /reset?email=dorothea.finch%40icloud.com&token=[[t]] HTTP/2.0" 302 0',
  ["81.107.44.213", "dorothea.finch%40icloud.com", "=t"], t=rs(32))
C('34.89.12.201 - - [07/Jan/2025:09:12:11 +0000] "GET /api/v3/callouts?api_key=[[k]] HTTP/1.1" 200 9132 "-" "python-requests/2.31.0"',
  ["34.89.12.201", "=k"], k="lwk_live_" + rs(32))
N('10.80.3.14 - - [07/Jan/2025:09:12:15 +0000] "POST /api/v3/webhooks/stripe HTTP/1.1" 200 17 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" req_id=[[u]]',
  u=UUID())
P('2a02:c7c:6b1e:9d00:5c1f:3ae2:91b4:7702 - - [07/Jan/2025:09:13:40 +0000] "GET /login HTTP/2.0" 200 5120',
  ["2a02:c7c:6b1e:9d00:5c1f:3ae2:91b4:7702"])
C('92.40.181.9 - jdouglas [07/Jan/2025:09:14:02 +0000] "GET https://jdouglas:[[pw]]@inspect.liftwright.io/admin HTTP/1.1" 401 188',
  ["92.40.181.9", "jdouglas", "=pw"], pw=PWU())
N("2025/01/07 09:14:22 [warn] 3127#3127: *884211 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/21/0000012214, client: 10.80.3.14, server: inspect.liftwright.io")
P('92.40.181.9 - - [07/Jan/2025:09:15:30 +0000] "GET /owners/search?q=Dorothea+Finch&dob=1964-11-30 HTTP/2.0" 200 744',
  ["92.40.181.9", "Dorothea+Finch", "1964-11-30"])
N('10.80.3.15 - - [07/Jan/2025:09:16:00 +0000] "GET /metrics HTTP/1.1" 200 48211 "-" "Prometheus/2.51.2"')
C('81.107.44.213 - - [07/Jan/2025:09:16:12 +0000] "GET /dashboard HTTP/2.0" 200 9921 cookie="lw_session=[[s]]; lw_lang=en-GB"',
  ["81.107.44.213", "=s"], s=rs(40))
N('2025/01/07 09:17:45 [error] 3127#3127: *884390 connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://10.80.7.21:8080/api/v2/certificates"')
P('172.16.4.9 - - [07/Jan/2025:09:18:03 +0000] "GET /api/v2/owners/lookup?phone=%2B447911482036 HTTP/1.1" 200 311',
  ["%2B447911482036"])

# =====================================================================
group(25, "syslog", "English")
N("Feb 11 03:14:07 cbx-euw1-01 systemd[1]: Started asterisk.service - Asterisk PBX 20.7.0.1.")
C("Feb 11 03:14:09 cbx-euw1-01 asterisk[2211]: NOTICE: res_pjsip_outbound_registration.c: Registration to sip.telnyx.com with password '[[pw]]' succeeded (debug 5)",
  ["=pw"], pw=PW())
N("Feb 11 03:14:12 cbx-euw1-01 sshd[2290]: Accepted publickey for ops from 10.80.1.5 port 51822 ssh2: ED25519 [[f]]", f=SSHFP())
P("Feb 11 03:15:40 cbx-euw1-01 sshd[2310]: Failed password for invalid user krzysztof.nowak from 89.64.71.203 port 40122 ssh2",
  ["krzysztof.nowak", "89.64.71.203"])
C("Feb 11 03:16:02 cbx-euw1-01 sudo[2331]: ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -u root -p[[pw]] callbox",
  ["=pw"], pw=rs(16))
N("Feb 11 03:16:30 cbx-euw1-01 kernel: [88211.442190] TCP: request_sock_TCP: Possible SYN flooding on port 5061. Sending cookies.")
P("Feb 11 03:17:11 cbx-euw1-01 callbox-gw[2402]: INFO emergency call from CAB-EUW1-0417 bridged to +44 7911 482036 (registered next of kin Mrs R. Achebe)",
  ["+44 7911 482036", "R. Achebe"])
N("Feb 11 03:17:44 cbx-euw1-01 callbox-gw[2402]: INFO call [[u]] ended, duration=312s, mos=4.1, codec=G.722", u=UUID())
C("Feb 11 03:18:20 cbx-euw1-01 CRON[2510]: (root) CMD (AWS_SECRET_ACCESS_KEY=[[k]] /usr/local/bin/s3-backup.sh)", ["=k"], k=AWSSEC())
P("Feb 11 03:19:05 cbx-euw1-01 postfix/smtp[2600]: 4F2A81C0E3: to=<rachel.achebe@hotmail.co.uk>, relay=smtp.postmarkapp.com[50.31.156.6]:587, status=sent (250 OK)",
  ["rachel.achebe@hotmail.co.uk"])
N("Feb 11 03:20:00 cbx-euw1-01 CRON[2644]: (root) CMD (/usr/sbin/logrotate /etc/logrotate.d/callbox >/dev/null 2>&1)")
P("Feb 11 03:21:37 cbx-euw1-01 callbox-gw[2402]: WARN caller-id lookup matched Rachel Achebe, 9 Windermere Close, Stockport SK4 3DP",
  ["Rachel Achebe", "9 Windermere Close, Stockport SK4 3DP"])
N("Feb 11 03:22:10 cbx-euw1-01 systemd[1]: callbox-gw.service: Consumed 4min 12.881s CPU time, 412.7M memory peak.")

# =====================================================================
group(26, "postmortem", "Quechua")
N("Postmortem LW-INC-4602: callbox-gw Qosqo llaqtapi 47 minutu mana llamk'arqanchu (2025-03-04)")
N("Imataq pasarqa: SIP trunk certificado tukukurqan 2025-03-04T05:00Z, alerta CallboxSIPRegistrationFailing mana chayamurqanchu.")
P("Pin willarqa: Rosa Quispe Mamani, ascensorpi hap'isqa karqan, 984 217 653 yupaywan waqyamurqan.",
  ["Rosa Quispe Mamani", "984 217 653"])
C("Pantay 1: ñawpaq ticketpi contraseña [[pw]] qillqasqa karqan, chaytaqmi Slackman rirqan.", ["=pw"], pw=PW())
P("Rosa Quispe Mamanipa wasin: Calle Saphi 745, Qosqo 08002; RUC [[r]] facturapaq.",
  ["Rosa Quispe Mamanipa", "Calle Saphi 745, Qosqo 08002", "=r"], r=ID("pe_ruc", "g26.ruc", "1043817265"))
N("Timeline: 05:00 cert tukukun; 05:12 ñawpaq waqyay; 05:47 on-call yachan; 05:59 cert musuq; 06:01 allichasqa.")
C("Pantay 2: cert-manager Cloudflare api token [[t]] ConfigMappi rikhurirqan, manataq Secretpichu.", ["=t"], t=rs(40, URLSAFE))
P("Técnico Wilber Huamán Ccori (@wilber.huaman) ascensorta kicharqan 06:05.", ["Wilber Huamán Ccori", "wilber.huaman"])
N("Imata ruwasun: LW-8420 cert expiry alerta (probe_ssl_earliest_cert_expiry < 14d); LW-8421 runbook musuqchay.")
C("Pantay 3: on-call runbookpi kachkarqan TOTP seed [[s]], manan chayqa kananchu.", ["=s"],
  s=rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
N("Yachasqa: `kubectl -n cert-manager describe certificate callbox-tls` qhawaspa, Ready=False, reason=Expired.")
P("Rosa Quispeman disculpakuy qillqata apachisun rosa.quispe.m@hotmail.com correonman.", ["Rosa Quispeman", "rosa.quispe.m@hotmail.com"])
N("Métricas: 14 ascensor mana SIP registroyuq, 3 waqyay chinkarqan, SLO 99.95% → 99.81% kay killapaq.")

# =====================================================================
group(27, "runbook", "Bashkir")
N("# Runbook: cabwatch-ingest ҡабул итеү тотҡарлығы (lw-prod-euw1), яңыртылды 2025-04-02")
N("1. Тикшерегеҙ: `kubectl -n cabwatch get consumergroup cabwatch-ingest`; lag 10000-дән артһа, артабан барығыҙ.")
N("2. Серҙәрҙе бары тик `vault kv get secret/cabwatch/kafka` аша алығыҙ; серҙе чатҡа яҙмағыҙ.")
C("3. Ашығыс осраҡта Kafka SASL пароле: [[pw]] (ваҡытлыса, LW-8502 буйынса алмаштырырға)", ["=pw"], pw=PW())
P("4. Эскалация: Айгөл Хәйруллина, +7 917 342-58-14 (шәхси телефон)", ["Айгөл Хәйруллина", "+7 917 342-58-14"])
N('5. Метрика: cabwatch_ingest_lag_messages{partition="9"} > 10000 for 10m → severity=critical')
C("6. Grafana API: curl -H 'Authorization: Bearer [[t]]' https://grafana.lw-internal.net/api/dashboards/uid/cabwatch",
  ["=t"], t="glsa_" + rs(32) + "_" + hx(8))
P("7. Әгәр Айгөлгә барып етмәһәгеҙ, Рөстәм Ғәлиевкә шылтыратығыҙ: 8 (347) 246-71-09",
  ["Айгөлгә", "Рөстәм Ғәлиевкә", "8 (347) 246-71-09"])
N("8. Ҡабат башлау: `kubectl -n cabwatch rollout restart deploy/cabwatch-ingest`, образ cabwatch-ingest:4.2.0.9")
C("9. S3 архивы: AWS_ACCESS_KEY_ID=[[a]] AWS_SECRET_ACCESS_KEY=[[s]] aws s3 ls s3://lw-cabwatch-archive/", ["=a", "=s"],
  a=AKID(), s=AWSSEC())
P("10. Рөстәмдең йәшәгән урыны: Өфө, Менделеев урамы, 134-се йорт, 27-се фатир; ИНН [[i]]",
  ["Рөстәмдең", "Өфө, Менделеев урамы, 134-се йорт, 27-се фатир", "=i"], i=ID("ru_inn12", "g27.inn", "0274193058"))
N("11. Тамамланғас LW-INC тикетын ябығыҙ, postmortem ҡалыбы: https://wiki.lw-internal.net/templates/pm")
N("12. Белешмә: trace_id [[t]], commit [[c]], дежур төркөмө sre-emea", t=hx(32), c=hx(7))

# =====================================================================
group(28, "code review diff", "English")
N("diff --git a/dispatch/config/settings.py b/dispatch/config/settings.py index [[a]]..[[b]] 100644", a=hx(7), b=hx(7))
C('-SLACK_BOT_TOKEN = "[[t]]"', ["=t"], t="xoxb-" + dg(12) + "-" + dg(13) + "-" + rs(24))
N('+SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]  # injected from secretRef dispatch-slack')
C('-STRIPE_KEY = "[[t]]"  # restricted key, still must not be in git', ["=t"], t="rk_live_" + rs(24))
N('+STRIPE_KEY = get_secret("billing/stripe", field="restricted_key")  # see LW-8611')
P('-DEFAULT_ESCALATION = ["zoltan.meszaros@gmail.com", "+36 30 418 2297"]', ["zoltan.meszaros@gmail.com", "+36 30 418 2297"])
N('+DEFAULT_ESCALATION = ["oncall-emea@liftwright.io", "+44 20 3890 4400"]  # role mailbox + switchboard')
P('@@ -88,7 +88,7 @@ # test fixture: owner="Zoltán Mészáros", dob="1981-06-09"', ["Zoltán Mészáros", "1981-06-09"])
C('-    auth=("inspect-sync", "[[pw]]"),', ["=pw"], pw=PW())
N('+    auth=("inspect-sync", os.environ["INSPECT_SYNC_PASSWORD"]),')
P('-TEST_IBAN = "[[i]]"  # Zoltán\'s real account, oops', ["=i", "Zoltán"],
  i=IBAN("g28.iban", "HU" + "1177301642039187" + "00000000"))
N('+TEST_IBAN = "DE89370400440532013000"  # documented example IBAN')
P("Signed-off-by: Agnieszka Wróblewska <a.wroblewska@liftwright.io>", ["Agnieszka Wróblewska", "a.wroblewska@liftwright.io"])

# =====================================================================
group(29, "Python traceback", "English")
N("Traceback (most recent call last):")
N('  File "/srv/partsbin/partsbin/sync/supplier.py", line 214, in push_order')
C('    resp = session.post(url, auth=HTTPBasicAuth("partsbin", "[[pw]]"), json=order)', ["=pw"], pw=PW())
N('  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 589, in request')
C("requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.vertexparts.example/v1/orders?access_token=[[t]]",
  ["=t"], t=rs(40, URLSAFE))
P("    order = {'ship_to': 'Magdalena Brzezińska, ul. Długa 17/4, 80-827 Gdańsk', 'phone': '+48 512 904 338'}",
  ["Magdalena Brzezińska", "ul. Długa 17/4, 80-827 Gdańsk", "+48 512 904 338"])
N("During handling of the above exception, another exception occurred:")
C('  File "/srv/partsbin/partsbin/notify.py", line 41, in alert: webhook = "https://liftwright.webhook.office.com/webhookb2/[[a]]@[[b]]/IncomingWebhook/[[s]]/[[c]]"',
  ["=s"], a=UUID(), b=UUID(), s=hx(32), c=UUID())
P("    customer = Customer(name='Magdalena Brzezińska', pesel='[[p]]', email='magda.brzezinska@wp.pl')",
  ["Magdalena Brzezińska", "=p", "magda.brzezinska@wp.pl"], p=ID("pl_pesel", "g29.pesel", "9003170482"))
N('sqlalchemy.exc.IntegrityError: (psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "orders_supplier_ref_key" DETAIL: Key (supplier_ref)=(SUP-2025-044117) already exists.')
P("  locals: user='mbrzezinska', remote_addr='188.146.77.12', card_bin='535110'", ["mbrzezinska", "188.146.77.12"])
N("  locals: trace_id='[[t]]', span_id='[[s]]', release='partsbin@3.9.0.2', host='partsbin-api-6b7c9d-qx8w2'", t=hx(32), s=hx(16))
N("[sentry] event [[e]] captured, rate_limited=False", e=hx(32))

# =====================================================================
group(30, "call transcript", "Lingala")
N("[00:00:02] Agent (molongo 4, LW-CALL-80321): Liftwright, mbote, nakoki kosalisa yo ndenge nini?")
P("[00:00:08] Mobengi: Mbote, nazali Jean-Pierre Mukendi, ascenseur ya ndako na biso etelemi.", ["Jean-Pierre Mukendi"])
P("[00:00:20] Mobengi: Ndako ezali na avenue Colonel Mondjiba 63, Ngaliema, Kinshasa.", ["avenue Colonel Mondjiba 63, Ngaliema, Kinshasa"])
N("[00:00:33] Agent: Namoni alarme E-CAB-104 na cabine CAB-FIH-0007, firmware 6.1.0.3.")
C("[00:00:47] Mobengi: Mot de passe ya compte na ngai ezali [[pw]], okoki kokota mpe kotala.", ["=pw"], pw=PW())
N("[00:01:02] Agent: Kopesa mot de passe na telefone te; tokotindela yo lien mpo na kobongola yango.")
P("[00:01:15] Mobengi: Benga ngai na +243 81 552 7190 to tinda email na jp.mukendi@yahoo.fr.", ["+243 81 552 7190", "jp.mukendi@yahoo.fr"])
C("[00:01:30] Agent (note ya kati): code ya SMS oyo totindaki: [[o]]", ["=o"], o=dg(3) + " " + rs(3, DIG))
P("[00:01:44] Mobengi: Mwasi na ngai Bijou Kalala abotama 1987-09-12, ye nde akofuta na carte [[c]].",
  ["Bijou Kalala", "1987-09-12", "=c"], c=ID("card", "g30.card", "492913557208163"))
N("[00:02:05] Agent: Nasali demande LW-DSP-58810; technicien akoya lelo liboso ya 16h.")
C("[00:02:20] Agent (note ya kati): technicien azali na posa ya M-Pesa API key [[k]] mpo na kofutisa.", ["=k"], k=rs(32))
N("[00:02:41] Agent: Matondo, mokolo malamu! (suka ya appel, ntango 00:02:44, queue support-fr-cd)")
N("[metadata] call_id=[[u]] trunk=sip-afs1-01 codec=opus mos=4.0 recording=s3://lw-calls-afs1/2025/05/[[v]].opus", u=UUID(), v=UUID())

# =====================================================================
group(31, "customer email", "Odia")
N("ବିଷୟ: ଲିଫ୍ଟ ପୁଣି ବନ୍ଦ ହୋଇଗଲା, ଟିକେଟ୍ LW-SUP-33018")
P("ପ୍ରେରକ: ସସ୍ମିତା ଦାସ <sasmita.das77@gmail.com>", ["ସସ୍ମିତା ଦାସ", "sasmita.das77@gmail.com"])
P("ନମସ୍କାର, ମୁଁ ସସ୍ମିତା, ପ୍ଲଟ୍ ନଂ 214, ସହିଦ ନଗର, ଭୁବନେଶ୍ୱର 751007 ରେ ରହେ।", ["ସସ୍ମିତା", "ପ୍ଲଟ୍ ନଂ 214, ସହିଦ ନଗର, ଭୁବନେଶ୍ୱର 751007"])
N("ଗତକାଲି ସନ୍ଧ୍ୟା 7 ଟାରେ ଲିଫ୍ଟ 3 ଓ 4 ମହଲା ମଧ୍ୟରେ ଅଟକିଗଲା ଏବଂ ସ୍କ୍ରିନରେ E-DRV-031 ଦେଖାଗଲା।")
P("ମୋ ଆଧାର ନମ୍ବର [[a]], ସେବା ଚୁକ୍ତି ପାଇଁ ଯାଞ୍ଚ କରିପାରିବେ।", ["=a"], a=ID("in_aadhaar", "g31.aadhaar", "48271936054"))
C("ମୋ ପୁଅ ଅଭିଷେକ ପୋର୍ଟାଲ ପାସୱାର୍ଡ ବଦଳାଇ [[pw]] କରିଛି, ଦୟାକରି ଖୋଲିଦିଅନ୍ତୁ।", ["=pw", "ଅଭିଷେକ"], pw=PW())
P("ମୋ ଫୋନ୍ 94370 58126; ଫେରସ୍ତ ପାଇଁ UPI: sasmita.das77@okaxis", ["94370 58126", "sasmita.das77@okaxis"])
N("ଉତ୍ତର (lw-support-bot): ଧନ୍ୟବାଦ, ଆପଣଙ୍କ ଟିକେଟ୍ ମିଳିଛି। ଦୟାକରି ଇମେଲରେ ପାସୱାର୍ଡ ପଠାନ୍ତୁ ନାହିଁ।")
C("ଭିତର ନୋଟ୍: Razorpay key_id [[i]] ର key_secret [[s]] ଲଗ୍‌ରେ ଦେଖାଗଲା, ବଦଳାନ୍ତୁ।", ["=s"], i="rzp_live_" + rs(14), s=rs(24))
N("ଭିତର ନୋଟ୍: ଟେକ୍ନିସିଆନ ପଠାଗଲା, କାମ LW-DSP-59120, କ୍ୟାବିନ CAB-BBI-0033, firmware 7.4.2.19।")
C("ଭିତର ନୋଟ୍: ଗ୍ରାହକଙ୍କୁ ପଠାଯାଇଥିବା OTP [[o]], 10 ମିନିଟ୍ ପରେ ଅବୈଧ।", ["=o"], o=dg(3) + " " + rs(3, DIG))
N("ଭିତର ନୋଟ୍: ଆମ ସାଧାରଣ ଯୋଗାଯୋଗ support-india@liftwright.io ଏବଂ 1800 266 4410 (ଟୋଲ୍ ଫ୍ରି)।")
N("ସ୍ଥିତି ବଦଳିଲା: ଖୋଲା → ଗ୍ରାହକ ଅପେକ୍ଷାରେ (svc-support-sync), request_id [[u]]", u=UUID())

# =====================================================================
group(32, "mysql session", "English")
N("mysql> SELECT VERSION();  8.0.36-28 | Percona Server (GPL), Release 28, Revision [[r]]", r=hx(7))
C("$ mysql -h mysql-billing.lw-internal.net -u billing_admin -p'[[pw]]' billing", ["=pw"], pw=PW())
N("mysql> SHOW PROCESSLIST;  14 rows in set (0.00 sec), longest query 212 s by svc-billing")
P("| 44021 | Fernando Albuquerque Lima | fernando.alima@uol.com.br | [[c]] | +55 11 98432-7716 |",
  ["Fernando Albuquerque Lima", "fernando.alima@uol.com.br", "=c", "+55 11 98432-7716"], c=ID("br_cpf", "g32.cpf", "482.917.305"))
C("mysql> CREATE USER 'metabase_ro'@'10.42.%' IDENTIFIED BY '[[pw]]';", ["=pw"], pw=PW())
N("Query OK, 0 rows affected (0.02 sec)")
P("| 44022 | Sofie Lindqvist | [[p]] | Götgatan 48 lgh 1102, 118 26 Stockholm |",
  ["Sofie Lindqvist", "=p", "Götgatan 48 lgh 1102, 118 26 Stockholm"], p=ID("se_personnummer", "g32.pnr", "890322-148"))
C("mysql> UPDATE integrations SET secret = '[[t]]' WHERE provider = 'shopify';", ["=t"], t="shpat_" + hx(32))
N("Query OK, 1 row affected (0.01 sec)  Rows matched: 1  Changed: 1  Warnings: 0")
P("| 44023 | Aleksi Virtanen | [[h]] | [[i]] |", ["Aleksi Virtanen", "=h", "=i"],
  h=ID("fi_hetu", "g32.hetu", "150687-127"), i=IBAN("g32.iban", "FI" + "40060010078154"))
N("mysql> SELECT card_brand, card_last4, COUNT(*) FROM payment_methods GROUP BY 1,2 LIMIT 1;  visa | 4412 | 18")
C("mysql> SELECT * FROM api_clients WHERE name='partsbin';  7 | partsbin | [[b]] | 2025-02-11", ["=b"],
  b="$2b$12$" + rs(53, "./" + ALNUM))
N(r"mysql> \q  Bye  (session [[u]], audit log /var/log/mysql/audit.log rotated)", u=UUID())

# =====================================================================
group(33, "postmortem", "English")
N("# Postmortem LW-INC-4711: inspect-portal certificate PDFs served to the wrong owners (2025-05-20), SEV1")
N("Summary: a cache key collision in inspect-portal 5.3.0.2 (commit [[s]]) served 61 PDFs to the wrong accounts for 38 minutes.", s=hx(40))
P("Detection: reported by building owner Henrietta Oyelaran-Voss, who received another owner's certificate at h.oyelaranvoss@gmail.com.",
  ["Henrietta Oyelaran-Voss", "h.oyelaranvoss@gmail.com"])
C("Contributing factor: during triage the on-call pasted redis://default:[[pw]]@redis-inspect.lw-internal.net:6379 into the incident channel.",
  ["=pw"], pw=PWU())
N("Timeline: 09:02 deploy; 09:31 first report; 09:40 rollback started; 09:41 cache flushed (FLUSHDB on db 3); 09:44 resolved.")
P("Impact: affected owners include Mr Desmond Achterberg (DOB 1958-02-14) and 60 others; full list in LW-8733 (restricted).",
  ["Desmond Achterberg", "1958-02-14"])
C("Contributing factor: the debug endpoint returned JWT_SECRET=[[s]] in its JSON output.", ["=s"], s=rs(48))
N("Action items: LW-8734 add owner_id to the cache key; LW-8735 secret scanning on #inc-* channels; LW-8736 remove /debug/vars in prod.")
P("Customer comms: Kwame Asante-Richter from support called Ms Oyelaran-Voss on 07956 213 480.",
  ["Kwame Asante-Richter", "Oyelaran-Voss", "07956 213 480"])
C("Appendix: the leaked Postmark server token [[t]] was revoked at 10:15 and replaced.", ["=t"], t=UUID())
N("Appendix: the replacement token is stored at secret/inspect/postmark (version 7) and referenced via existingSecret: inspect-postmark.")
P("Appendix: the misdirected PDF showed the owner's home address, 41 Belvedere Road, Bristol BS6 7JL.", ["41 Belvedere Road, Bristol BS6 7JL"])
N("Metrics: inspect_pdf_requests_total 4812; cache_hit_ratio 0.93; p99 latency 812 ms; error budget burn 4.1x.")

# =====================================================================
group(34, "Teams chat thread", "Assamese")
N("[10:02] lw-alertbot: CallboxSIPRegistrationFailing, lw-prod-aps1, 9 টা কেবিন পঞ্জীয়নবিহীন")
P("[10:04] প্ৰাঞ্জল বৰুৱা: মই চাই আছোঁ, দৰকাৰ হ'লে মোৰ ফোন 98640 27315 ত কল কৰিব", ["প্ৰাঞ্জল বৰুৱা", "98640 27315"])
C("[10:06] প্ৰাঞ্জল বৰুৱা: নতুন SIP পাছৱৰ্ড হৈছে [[pw]], vault বন্ধ হৈ আছে সেইবাবে ইয়াত দিলোঁ", ["=pw", "প্ৰাঞ্জল বৰুৱা"], pw=PW())
N("[10:07] lw-sec-bot: অনুগ্ৰহ কৰি পাছৱৰ্ড চেনেলত নিদিব; `vault kv get secret/callbox/aps1` ব্যৱহাৰ কৰক")
P("[10:10] মৌচুমী শইকীয়া: গ্ৰাহক হৈছে দীপিকা কলিতা, ঠিকনা: ঘৰ নং 17, জু ৰোড, গুৱাহাটী 781024",
  ["মৌচুমী শইকীয়া", "দীপিকা কলিতা", "ঘৰ নং 17, জু ৰোড, গুৱাহাটী 781024"])
C("[10:12] মৌচুমী শইকীয়া: Exotel API token [[t]], কালিলৈ সলনি কৰিম", ["=t", "মৌচুমী শইকীয়া"], t=hx(40))
N("[10:15] lw-deploy-bot: callbox-gw 2.14.3.2 deploy হ'ল (commit [[s]]), 3/3 replica সুস্থ", s=hx(7))
P("[10:18] প্ৰাঞ্জল বৰুৱা: দীপিকাৰ আধাৰ [[a]] আৰু PAN [[p]] চুক্তিৰ ফাইলত আছে",
  ["প্ৰাঞ্জল বৰুৱা", "দীপিকাৰ", "=a", "=p"], a=ID("in_aadhaar", "g34.aadhaar", "73916204857"), p=ID("in_pan", "g34.pan", "BXKPK7315M"))
N("[10:20] lw-alertbot: resolved CallboxSIPRegistrationFailing, সময় 18 মিনিট")
C("[10:22] মৌচুমী শইকীয়া: Jenkins ত এইটো token পালোঁ: [[t]], কোনোবাই revoke কৰক", ["=t", "মৌচুমী শইকীয়া"], t="ghp_" + rs(36))
N("[10:25] lw-ticketbot: LW-INC-4788 সৃষ্টি কৰা হ'ল, অগ্ৰাধিকাৰ sev2, runbook https://wiki.lw-internal.net/runbooks/callbox-sip")
P("[10:27] প্ৰাঞ্জল বৰুৱা: আবেলি @mousumi.saikia য়ে চাব", ["প্ৰাঞ্জল বৰুৱা", "mousumi.saikia"])
N("[10:30] lw-alertbot: ডেচবৰ্ড https://grafana.lw-internal.net/d/callbox-aps1, trace 00-[[t]]-[[s]]-01", t=hx(32), s=hx(16))

# =====================================================================
group(35, "handover notes", "Sindhi")
N("حوالگي نوٽس، رات جي شفٽ → صبح جي شفٽ، 2025-06-18، ڪلسٽر lw-prod-apse1")
N("• dispatch-api نسخو 2.31.0.4 تي هلي رهيو آهي، 03:00 کان پوءِ ڪو نئون الارم ناهي؛ ڏسو LW-INC-4820")
P("• عائشه ميمڻ (فليٽ 12، بلاڪ 7، گلشن اقبال، ڪراچي) ٻه ڀيرا فون ڪيو، سندس نمبر 0300-2458173",
  ["عائشه ميمڻ", "فليٽ 12، بلاڪ 7، گلشن اقبال، ڪراچي", "0300-2458173"])
C("• ڪال باڪس پينل جو نئون پاسورڊ [[pw]] آهي، عائشه جي چوڻ تي مٽايو ويو", ["=pw", "عائشه"], pw=PW())
N("• SIP ڪنجي لاءِ `vault kv get secret/callbox/karachi` استعمال ڪريو، Slack ۾ نه موڪليو")
P("• گراهڪ جو CNIC [[c]] ۽ IBAN [[i]] رقم واپسي لاءِ", ["=c", "=i"],
  c=ID("pk_cnic", "g35.cnic", "42201-5872391-4"), i=IBAN("g35.iban", "PK" + "MEZN" + "0001290104827316"))
C("• JazzCash integrity salt [[s]] ۽ merchant password [[pw]] لاگ ۾ نظر آيا، مهرباني ڪري بدلايو", ["=s", "=pw"], s=rs(10), pw=rs(10))
N("• inspect-portal 5.2.0.11: PDF ايڪسپورٽ وارو بگ (E-PDF-509) ڪمٽ [[s]] ۾ ٺيڪ ٿيو", s=hx(7))
P("• ٽيڪنيشن سليم چانڊيو (saleem.chandio) جو بيج اڃا نه مليو آهي", ["سليم چانڊيو", "saleem.chandio"])
C("• عارضي AWS ڪنجي: [[a]] / [[s]]، اڄ شام تائين ختم ڪريو", ["=a", "=s"], a=AKID(), s=AWSSEC())
N("• ڪراچي جون سڀ عمارتون هاڻي firmware 7.4.2.19 تي آهن؛ cabwatch_ingest_errors_total ۾ 0 غلطيون")
P("• عائشه ميمڻ جي اي ميل ayesha.memon91@gmail.com تي سرٽيفڪيٽ جي ڪاپي موڪليو", ["عائشه ميمڻ", "ayesha.memon91@gmail.com"])
N("• اڳيان: LW-8902 (SIP ڪنجين جي گردش)، LW-8910 (door faults ڊيش بورڊ)؛ رابطو: oncall-apac@liftwright.io")

# =====================================================================
group(36, "customer email thread", "English")
N("Subject: RE: [LW-SUP-34102] Quarterly inspection certificate for Harbourview Court lifts")
P("From: Cecilia Marchetti-Byrne <cecilia.mbyrne@icloud.com>", ["Cecilia Marchetti-Byrne", "cecilia.mbyrne@icloud.com"])
P("Hi team, I'm the new managing agent; please send notices to me at Flat 9, 3 Pembroke Gardens, Cardiff CF11 9HN, or call 07412 660 198.",
  ["Flat 9, 3 Pembroke Gardens, Cardiff CF11 9HN", "07412 660 198"])
N("Please quote certificate number INS-2025-0077142 and site code CDF-0019 in any reply.")
C("I tried to log in to the portal with the temporary password you sent ([[pw]]) but it says it has expired.", ["=pw"], pw=PW())
N("> On 2 Jul 2025, support@liftwright.io wrote: Your certificate is ready at https://inspect.liftwright.io/certificates/77142")
C("> Internal note (do not send): the portal invite link https://inspect.liftwright.io/invite?token=[[t]] was reissued.", ["=t"], t=rs(40, URLSAFE))
P("For the direct debit, our account is [[i]], name as before (C. Marchetti-Byrne).", ["=i", "C. Marchetti-Byrne"],
  i=IBAN("g36.iban", "GB" + "LOYD" + "30963247118205", spaced=True))
N("> Internal note: payment method on file shows Visa ending 4412, exp 09/27; no card data in this ticket please.")
C("> Internal note: customer pasted a screenshot with a Stripe client_secret [[s]] in it.", ["=s"],
  s="pi_3" + rs(23) + "_secret_" + rs(25))
P("P.S. my NI number is [[n]] if you need it for the contractor register.", ["=n"], n=ID("uk_nino", "g36.nino", "PE 71 03 58 B"))
N("> Internal note: replied from the shared mailbox, ticket moved to 'Waiting on customer', SLA 8h remaining.")
N("Liftwright Vertical Services Ltd, registered in England 09871234, VAT GB 318 4471 22")


# ---------------- output ----------------
HEADER = "# kind\ttext\tmust-vanish\tsource\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    dev, test = [HEADER], [HEADER]
    for num, artefact, lang, lines in GROUPS:
        src = "writer25 g%02d %s (%s)" % (num, artefact, lang)
        for kind, text, items in lines:
            for s in (text, src) + tuple(items):
                assert "\t" not in s and "\n" not in s, s
            (dev if num % 2 else test).append("%s\t%s\t%s\t%s\n" % (kind, text, " ||| ".join(items), src))
    with open(os.path.join(out, "batch25_dev.tsv"), "w", encoding="utf-8", newline="") as f:
        f.writelines(dev)
    with open(os.path.join(out, "batch25_test.tsv"), "w", encoding="utf-8", newline="") as f:
        f.writelines(test)
    with open(os.path.join(out, "batch25_ids.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("# scheme\tkey\tvalue\n")
        for scheme, key, value in REG:
            f.write("%s\t%s\t%s\n" % (scheme, key, value))


if __name__ == "__main__":
    main()
