#!/usr/bin/env python3
"""writer23 generator: builds batch23_dev.tsv, batch23_test.tsv, batch23_ids.tsv, README.md.
Python 3 stdlib only. All secret bodies / look-alike hashes come from random.Random(23) in a fixed order
(groups g01..g36 in order, values in the order they appear in each group)."""
import base64, json, random, string, zlib
import ids

R = random.Random(23)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
A62 = UP + LO + DG
URLS = A62 + '-_'
REG = []  # (scheme, key, value)

def rs(n, alpha=A62): return ''.join(R.choice(alpha) for _ in range(n))
def hx(n): return rs(n, '0123456789abcdef')
def dg(n): return rs(1, '123456789') + rs(n - 1, DG)
def b64(s): return base64.b64encode(s.encode()).decode()
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
def rbytes(n): return bytes(R.randrange(256) for _ in range(n))

# ---- secret / look-alike generators (vendor formats) ----
def PW(n=18): return rs(n, A62 + '!#%*+-_=.?^')
def PWU(n=20): return rs(n, A62 + '-_.~')
def AKID(): return 'AKIA' + rs(16, UP + '234567')
def ASEC(): return rs(40, A62 + '+/')
def GHP():
    body = rs(30); c = zlib.crc32(body.encode()); out = ''
    for _ in range(6):
        out = A62[c % 62] + out; c //= 62
    return 'ghp_' + body + out
def GHPF(): return 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59)
def GLPAT(): return 'glpat-' + rs(20, URLS)
def NPM(): return 'npm_' + rs(36)
def XOXB(): return 'xoxb-' + dg(12) + '-' + dg(13) + '-' + rs(24)
def SLT(): return 'T' + rs(8, UP + DG)
def SLB(): return 'B' + rs(10, UP + DG)
def SG(): return 'SG.' + rs(22, URLS) + '.' + rs(43, URLS)
def SKL(): return 'sk_live_51' + rs(97)
def RKL(): return 'rk_live_51' + rs(97)
def WHSEC(): return 'whsec_' + rs(32)
def AIZA(): return 'AIza' + rs(35, URLS)
def JWT(iss):
    h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64u(json.dumps({'iss': iss, 'sub': rs(12, LO + DG), 'iat': 1732600000 + R.randrange(900000)},
                        separators=(',', ':')).encode())
    return h + '.' + p + '.' + rs(43, URLS)
def HVSK(): return 'hvsk_live_' + rs(40)
def MBX():
    return 'sk.' + b64u(json.dumps({'u': 'halvard-survey', 'a': rs(25, LO + DG)}, separators=(',', ':')).encode()) + '.' + rs(22, URLS)
def CF(): return rs(40, URLS)
def OPENAI(): return 'sk-proj-' + rs(58, URLS) + 'T3BlbkFJ' + rs(58, URLS)
def ANT(): return 'sk-ant-api03-' + rs(93, URLS) + 'AA'
def TG(): return dg(10) + ':AA' + rs(33, URLS)
def DCKR(): return 'dckr_pat_' + rs(27, URLS)
def SNTRYU(): return 'sntryu_' + hx(64)
def SNTRYS():
    j = json.dumps({'iat': 1732000000 + R.randrange(900000), 'url': 'https://sentry.io', 'org': 'halvard-survey'},
                   separators=(',', ':')).encode()
    return 'sntrys_' + b64u(j) + '_' + rs(43, A62 + '+/')
def MG(): return 'key-' + hx(32)
def DOP(): return 'dop_v1_' + hx(64)
def FCM(): return 'AAAA' + rs(7, URLS) + ':APA91b' + rs(134, URLS)
def AZK(): return base64.b64encode(rbytes(64)).decode()
def COOKIE(): return rs(43, URLS)
def OTP(): return dg(6)
def UUID():
    h = hx(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[R.randrange(4)], h[17:20], h[20:32])
def SSHFP(): return 'SHA256:' + rs(43, A62 + '+/')
def OSSH():
    hdr = (b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01'
           b'\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ')
    return base64.b64encode(hdr + rbytes(120)).decode()
def RSAB(): return 'MIIEpAIBAAKCAQEA' + rs(180, A62 + '+/')

# ---- registered ids (typed bases, check digits from ids.py) ----
def sp4(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
def reg(scheme, key, value):
    REG.append((scheme, key, value)); return value
def CARD(key, base, fmt='4'):
    v = reg('card', key, ids.luhn_make(base))
    if fmt == '4': return sp4(v)
    if fmt == 'amex': return v[:4] + ' ' + v[4:10] + ' ' + v[10:]
    return v
def IBAN(key, cc, bban, spaced=True):
    v = reg('iban', key, ids.iban_make(cc, bban))
    return sp4(v) if spaced else v
def AADHAAR(key, base):
    v = reg('aadhaar', key, ids.verhoeff_make(base)); return sp4(v)
def ZAID(key, base): return reg('za_id', key, ids.luhn_make(base))
def DNI(key, base): return reg('es_dni', key, ids.dni_make(base))
def PPSN(key, base): return reg('ie_ppsn', key, ids.ppsn_make(base))
def EMBG(key, base): return reg('mk_embg', key, ids.embg_make(base))
def PINFL(key, base): return reg('uz_pinfl', key, ids.pinfl_make(base))
def NUBAN(key, bank, serial): return reg('ng_nuban', key + '@' + bank, ids.nuban_make(bank, serial))

def L(kind, tpl, mv=(), **v):
    """kind, template with ⟨k⟩ slots, must-vanish (slot names or literal strings), slot values."""
    text = tpl
    for k, val in v.items():
        text = text.replace('\u27e8' + k + '\u27e9', val)
    assert '\u27e8' not in text, tpl
    return (kind, text, [v[m] if m in v else m for m in mv])
C, P, N = 'credential', 'pii', 'negative'

# =====================================================================================
# Company: Halvard Aerial Survey ("HVS") - drone land surveying, orthophotos, LiDAR, cadastral parcel maps.
# Public: halvard-survey.com (portal., api., tiles.); internal: *.hvs.internal; clusters hvs-prod-eu1,
# hvs-prod-ap1, hvs-stage. Services: flightlog-ingest, ortho-stitch, tile-server, parcel-api, lidar-proc,
# pilot-app, billing-svc.
# =====================================================================================
G = []
def group(num, artefact, lang):
    def deco(f):
        G.append((num, artefact, lang, f)); return f
    return deco

@group(1, '.env file', 'English')
def g01(): return [
    L(N, '# ortho-stitch .env - hvs-prod-eu1, generated by envsync 2.3.1.118 on 2024-11-28'),
    L(N, 'APP_ENV=production'),
    L(N, 'DATABASE_HOST=pg-survey-core.hvs.internal:5432'),
    L(C, 'DATABASE_URL=postgres://stitch_rw:⟨p⟩@pg-survey-core.hvs.internal:5432/survey_core?sslmode=require', ['p'], p=PWU()),
    L(C, 'AWS_ACCESS_KEY_ID=⟨k⟩', ['k'], k=AKID()),
    L(C, 'AWS_SECRET_ACCESS_KEY=⟨k⟩', ['k'], k=ASEC()),
    L(C, 'MAPBOX_SECRET_TOKEN=⟨k⟩', ['k'], k=MBX()),
    L(N, 'S3_BUCKET=hvs-ortho-tiles-prod'),
    L(N, 'SENTRY_RELEASE=ortho-stitch@4.12.0.1873'),
    L(P, '# owner: Marguerite Okafor-Lindqvist (m.okafor.lindqvist@gmail.com, personal - cc while on leave)',
      ['Marguerite Okafor-Lindqvist', 'm.okafor.lindqvist@gmail.com']),
    L(P, "ALERT_SMS_FALLBACK=+44 7911 482306  # Tomasz's mobile until PagerDuty is wired", ['+44 7911 482306', 'Tomasz']),
    L(N, 'STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}  # injected from `vault kv get secret/ortho/stripe`'),
    L(P, 'QA_PILOT_LOGIN=dmitri.vance84@outlook.com', ['dmitri.vance84@outlook.com']),
    L(N, 'AWS_DOCS_EXAMPLE_KEY=AKIAIOSFODNN7EXAMPLE  # from the AWS docs, used by unit tests only'),
]

@group(2, 'Helm values', 'English')
def g02(): return [
    L(N, '# values-prod.yaml for chart parcel-api 2.7.4 (cluster hvs-prod-ap1)'),
    L(N, 'image: { repository: registry.halvard-survey.com/parcel-api, tag: "2.7.4", digest: "sha256:⟨d⟩" }', d=hx(64)),
    L(N, '  existingSecret: parcel-api-db-credentials'),
    L(C, '  redis: { host: redis-parcel.hvs.internal, port: 6379, password: "⟨p⟩" }', ['p'], p=PW()),
    L(C, '  smtp: { host: smtp.sendgrid.net, user: apikey, pass: "⟨k⟩" }', ['k'], k=SG()),
    L(N, '  resources: { limits: { cpu: "2", memory: 3Gi }, requests: { cpu: 500m, memory: 1Gi } }'),
    L(C, '  extraEnv: [ { name: GOOGLE_MAPS_API_KEY, value: "⟨k⟩" } ]', ['k'], k=AIZA()),
    L(P, '  # TODO(ravi.shankar.iyer): drop my personal test login ravi.iyer1987@yahoo.co.in before go-live',
      ['ravi.shankar.iyer', 'ravi.iyer1987@yahoo.co.in']),
    L(N, '  ingress: { host: parcels.api.halvard-survey.com, tlsSecretName: parcels-tls, className: nginx }'),
    L(P, '  # escalation for the Dutch cadastre sync: Annelie Brouwer, +31 6 41279083', ['Annelie Brouwer', '+31 6 41279083']),
    L(C, '  oauth: { clientId: parcel-api-prod, clientSecret: "⟨s⟩" }', ['s'], s=rs(40, URLS)),
    L(N, '  podAnnotations: { vault.hashicorp.com/agent-inject-secret-db: "database/creds/parcel-ro" }'),
    L(P, "  allowlistCidrs: [ \"10.40.0.0/16\", \"86.44.121.37/32\" ]  # the /32 is Fionnuala's home broadband",
      ['86.44.121.37', 'Fionnuala']),
]

@group(3, 'Slack thread', 'Gujarati')
def g03(): return [
    L(N, '[09:02] #hvs-ops-ap1 ortho-stitch-bot: hvs-prod-ap1 પર deploy શરૂ થયું, ટૅગ 4.12.0.1873, commit ⟨s⟩', s=hx(7)),
    L(N, '[09:04] ટિકિટ OPS-4127 ખોલી છે: tile-server માં p99 લેટન્સી 2.3s સુધી પહોંચી ગઈ છે'),
    L(C, '[09:06] હેતલબેન, staging DB નો પાસવર્ડ બદલીને ⟨p⟩ કરી દીધો છે, હવે જૂનો કામ નહીં કરે', ['p', 'હેતલબેન'], p=PW()),
    L(N, '[09:07] પાસવર્ડ અહીં ન લખો, vault kv get secret/stage/survey-core વાપરો'),
    L(C, '[09:09] CI માટે નવો GitHub ટોકન: ⟨t⟩ — કાલે revoke કરીશ', ['t'], t=GHP()),
    L(P, '[09:11] ગ્રાહક કિરીટભાઈ પટેલનો ફોન +91 98250 41763 છે, તેમનો ડ્રોન સર્વે રિપોર્ટ અટકેલો છે',
      ['કિરીટભાઈ પટેલ', '+91 98250 41763']),
    L(P, '[09:12] તેમનું સરનામું: 14, સરદાર પટેલ સોસાયટી, વસ્ત્રાપુર, અમદાવાદ 380015',
      ['14, સરદાર પટેલ સોસાયટી, વસ્ત્રાપુર, અમદાવાદ 380015']),
    L(P, '[09:14] આધાર નંબર ⟨a⟩ ટિકિટમાં ભૂલથી ચોંટાડ્યો હતો, મેં ડિલીટ કરી દીધો', ['a'], a=AADHAAR('g03-aadhaar', '48127390561')),
    L(N, '[09:15] trace id ⟨t⟩ — ingest-gateway પર 502 આવે છે, error code HVS-E4102', t=hx(32)),
    L(C, '[09:18] Slack webhook પણ લીક થયો: https://hooks.slack.com/services/⟨a⟩/⟨b⟩/⟨s⟩', ['s'], a=SLT(), b=SLB(), s=rs(24)),
    L(N, '[09:20] ortho-stitch-bot: rollback પૂર્ણ, ઇમેજ sha256:⟨d⟩', d=hx(64)),
    L(P, '[09:22] રિપોર્ટ ભાવિન શાહને bhavin.shah88@rediffmail.com પર મોકલી દો, એ તેમનું અંગત ઇમેઇલ છે',
      ['ભાવિન શાહ', 'bhavin.shah88@rediffmail.com']),
    L(N, '[09:25] ડેશબોર્ડ: https://grafana.hvs.internal/d/tile-latency?var-cluster=hvs-prod-ap1 , metric hvs_tile_render_seconds_bucket'),
]

@group(4, 'support ticket', 'Marathi')
def g04(): return [
    L(N, 'तिकीट #SUP-20931 | प्राधान्य: उच्च | सेवा: pilot-app | क्लस्टर: hvs-prod-ap1'),
    L(P, 'ग्राहक: सौ. अश्विनी देशपांडे, पुणे', ['अश्विनी देशपांडे']),
    L(P, 'संपर्क: ashwini.deshpande72@gmail.com / +91 98220 36514', ['ashwini.deshpande72@gmail.com', '+91 98220 36514']),
    L(P, 'पत्ता: फ्लॅट 7, गुलमोहर अपार्टमेंट, कर्वे रोड, कोथरूड, पुणे 411038',
      ['फ्लॅट 7, गुलमोहर अपार्टमेंट, कर्वे रोड, कोथरूड, पुणे 411038']),
    L(N, 'समस्या: ड्रोन फ्लाइट लॉग अपलोड करताना "HVS-E2207 checksum mismatch" त्रुटी येते'),
    L(N, 'अपलोड आयडी ⟨u⟩, फाइल flightlog_2024-11-30.bin', u=UUID()),
    L(C, 'ग्राहकाने स्वतःच लिहिले आहे: "माझा पासवर्ड ⟨p⟩ आहे, कृपया लॉगिन करून पहा"', ['p'], p=PW(14)),
    L(P, 'पेमेंटसाठी PAN क्रमांक ABCPD4721K आणि कार्ड ⟨c⟩ दिले आहे', ['ABCPD4721K', 'c'],
      c=CARD('g04-card', '652208431957302')),
    L(N, 'एजंट टीप: Stripe डॅशबोर्डवर कार्ड **** **** **** 4417 असे मास्क केलेले दिसते'),
    L(C, 'L2 अभियंता: लॉगमध्ये सत्र कुकी दिसली — hvs_session=⟨k⟩; ती रद्द केली', ['k'], k=COOKIE()),
    L(N, 'L2 अभियंता: pilot-app आवृत्ती 3.8.2.415 मध्ये हा बग दुरुस्त झाला आहे, रिलीज नोट्स REL-388'),
    L(C, 'ग्राहकाला पाठवलेला एक-वेळ कोड (OTP) ⟨o⟩ होता, तो आता कालबाह्य झाला', ['o'], o=OTP()),
    L(N, 'स्थिती: निराकरण झाले — support@halvard-survey.com वरून स्वयंचलित ईमेल पाठवला'),
]

@group(5, 'CI log (GitHub Actions)', 'English')
def g05(): return [
    L(N, '2024-12-02T09:14:03.5512Z ##[group]Run actions/checkout@⟨s⟩', s=hx(40)),
    L(N, '2024-12-02T09:14:05.1029Z HEAD is now at ⟨s⟩ tile-server: bump mapnik to 4.0.2.1', s=hx(7)),
    L(N, '2024-12-02T09:14:11.8830Z   REGISTRY_TOKEN: ${{ secrets.REGISTRY_TOKEN }}'),
    L(N, '2024-12-02T09:14:11.8841Z   NPM_TOKEN: ***'),
    L(C, '2024-12-02T09:14:20.4412Z + echo "//registry.npmjs.org/:_authToken=⟨t⟩" > ~/.npmrc', ['t'], t=NPM()),
    L(C, '2024-12-02T09:14:22.0915Z + docker login -u hvsci -p ⟨t⟩ registry-1.docker.io', ['t'], t=DCKR()),
    L(C, '2024-12-02T09:14:24.7730Z + git remote set-url origin https://x-access-token:⟨t⟩@github.com/halvard-survey/tile-server.git',
      ['t'], t=GHP()),
    L(P, '2024-12-02T09:14:25.1101Z Author: Siobhán Delacroix-Ng <siobhan.dng@proton.me>',
      ['Siobhán Delacroix-Ng', 'siobhan.dng@proton.me']),
    L(P, '2024-12-02T09:14:25.1107Z     Co-authored-by: Kwabena Mensah <kwabena.mensah.dev@gmail.com>',
      ['Kwabena Mensah', 'kwabena.mensah.dev@gmail.com']),
    L(N, '2024-12-02T09:19:40.0032Z Successfully pushed registry.halvard-survey.com/tile-server@sha256:⟨d⟩', d=hx(64)),
    L(C, '2024-12-02T09:20:02.6619Z + curl -sf -H "Authorization: Bearer ⟨t⟩" https://grafana.hvs.internal/api/annotations',
      ['t'], t='glsa_' + rs(32) + '_' + hx(8)),
    L(P, '2024-12-02T09:21:13.3390Z FAIL test_invoice_render: expected owner "Priyanka Raghunathan", got "" (fixtures/customers.json:88)',
      ['Priyanka Raghunathan']),
    L(N, '2024-12-02T09:21:13.9021Z ##[error]Process completed with exit code 137.'),
]

@group(6, 'shell session', 'English')
def g06(): return [
    L(N, 'ops@bastion-eu1:~$ kubectl --context hvs-prod-eu1 -n lidar get pods -o wide'),
    L(N, 'lidar-proc-7f9c6d8b5-x2kqp   1/1   Running   0   3d4h   10.42.7.19   ip-10-42-7-11.eu-west-1.compute.internal'),
    L(C, "ops@bastion-eu1:~$ export PGPASSWORD='⟨p⟩'", ['p'], p=PW()),
    L(C, "ops@bastion-eu1:~$ mysql -h billing-db.hvs.internal -u billing_admin -p'⟨p⟩' billing", ['p'], p=PW()),
    L(N, 'ops@bastion-eu1:~$ vault kv get -field=password secret/billing/mysql-admin'),
    L(C, 'ops@bastion-eu1:~$ curl -u deploy:⟨p⟩ https://nexus.hvs.internal/service/rest/v1/status', ['p'], p=PWU()),
    L(N, "The authenticity of host 'gw-ap1.hvs.internal (10.60.0.4)' can't be established. ED25519 key fingerprint is ⟨f⟩.",
      f=SSHFP()),
    L(P, 'ops@bastion-eu1:~$ grep -i "okonkwo" /var/log/pilot-app/signup.log | tail -1', ['okonkwo']),
    L(P, '2024-12-03 07:41:55 signup ok user=chidinma.okonkwo@yahoo.com ip=102.89.44.171 dob=1991-04-17',
      ['chidinma.okonkwo@yahoo.com', '102.89.44.171', '1991-04-17']),
    L(N, '⟨d⟩  flightlog-ingest-3.4.1.2.tar.gz', d=hx(64)),
    L(P, 'ops@bastion-eu1:~$ ssh hgrunewald@jump.hvs.internal   # Hannelore asked me to check her home dir',
      ['hgrunewald', 'Hannelore']),
    L(C, 'ops@bastion-eu1:~$ aws configure set aws_secret_access_key ⟨k⟩ --profile survey-prod', ['k'], k=ASEC()),
    L(N, 'ops@bastion-eu1:~$ history -d -2 && exit'),
]

@group(7, 'handover notes', 'Punjabi (Gurmukhi)')
def g07(): return [
    L(N, 'ਹੈਂਡਓਵਰ ਨੋਟਸ — ਰਾਤ ਦੀ ਸ਼ਿਫਟ, 2024-12-04, ਕਲੱਸਟਰ hvs-prod-ap1'),
    L(N, '1. lidar-proc ਦੇ ਤਿੰਨ pod CrashLoopBackOff ਵਿੱਚ ਸਨ (OOMKilled), ਮੈਮੋਰੀ ਲਿਮਿਟ 6Gi ਕਰ ਦਿੱਤੀ, PR #2291'),
    L(C, '2. ਗੁਰਪ੍ਰੀਤ ਨੇ ਗਲਤੀ ਨਾਲ ਚੈਨਲ ਵਿੱਚ Datadog API key ⟨k⟩ ਪਾ ਦਿੱਤੀ, ਸਵੇਰੇ rotate ਕਰਨੀ ਹੈ', ['k', 'ਗੁਰਪ੍ਰੀਤ'], k=hx(32)),
    L(N, '3. ਨਵੀਂ key ਲਈ vault kv put secret/datadog/api ਵਰਤੋ, Helm ਵਿੱਚ existingSecret: datadog-api ਹੀ ਰਹੇਗਾ'),
    L(C, '4. ਬਿਲਿੰਗ MySQL ਦਾ ਆਰਜ਼ੀ ਪਾਸਵਰਡ ⟨p⟩ ਹੈ — ਇਹ ਸ਼ਿਫਟ ਤੋਂ ਬਾਅਦ ਬਦਲਣਾ', ['p'], p=PW()),
    L(P, '5. ਕਿਸਾਨ ਗਾਹਕ ਸ. ਹਰਜੀਤ ਸਿੰਘ ਸੰਧੂ ਨੇ ਫ਼ੋਨ ਕੀਤਾ ਸੀ: 098140 27593, ਪਿੰਡ ਜੰਡਿਆਲਾ, ਜ਼ਿਲ੍ਹਾ ਜਲੰਧਰ',
      ['ਹਰਜੀਤ ਸਿੰਘ ਸੰਧੂ', '098140 27593', 'ਪਿੰਡ ਜੰਡਿਆਲਾ, ਜ਼ਿਲ੍ਹਾ ਜਲੰਧਰ']),
    L(P, '6. ਉਹਨਾਂ ਦੀ ਖੇਤ ਦੀ ਮੈਪਿੰਗ ਰਿਪੋਰਟ harjit.sandhu.farms@gmail.com ਤੇ ਭੇਜਣੀ ਹੈ', ['harjit.sandhu.farms@gmail.com']),
    L(N, '7. ortho-stitch job ⟨u⟩ ਦੁਬਾਰਾ ਚਲਾਇਆ, ਹੁਣ ਸਟੇਟਸ Succeeded', u=UUID()),
    L(P, '8. ਮਨਪ੍ਰੀਤ ਕੌਰ ਕੱਲ੍ਹ ਛੁੱਟੀ ਤੇ ਹੈ, ਉਸਦਾ ਨਿੱਜੀ ਨੰਬਰ +91 94172 60381 ਸਿਰਫ਼ ਐਮਰਜੈਂਸੀ ਲਈ',
      ['ਮਨਪ੍ਰੀਤ ਕੌਰ', '+91 94172 60381']),
    L(C, '9. ਜੰਪ ਹੋਸਟ ਦੀ ਪ੍ਰਾਈਵੇਟ key ਲੌਗ ਵਿੱਚ ਛਪ ਗਈ ਸੀ: -----BEGIN OPENSSH PRIVATE KEY----- ⟨b⟩ -----END OPENSSH PRIVATE KEY-----',
      ['b'], b=OSSH()),
    L(N, '10. Alertmanager silence ⟨u⟩ 06:00 UTC ਤੱਕ ਹੈ', u=UUID()),
    L(N, '11. ਡੈਸ਼ਬੋਰਡ ਤੇ hvs_lidar_points_processed_total ਮੈਟ੍ਰਿਕ ਠੀਕ ਦਿਸ ਰਹੀ ਹੈ'),
    L(P, '12. ਹਰਜੀਤ ਸਿੰਘ ਜੀ ਦਾ ਆਧਾਰ ਨੰਬਰ ⟨a⟩ ਟਿਕਟ ਵਿੱਚ ਸੀ, ਫਾਈਲ ਹਟਾ ਦਿੱਤੀ', ['ਹਰਜੀਤ ਸਿੰਘ', 'a'],
      a=AADHAAR('g07-aadhaar', '73049918265')),
]

@group(8, 'call transcript', 'Telugu')
def g08(): return [
    L(N, '[కాల్ ID CALL-7781-TS, వ్యవధి 08:42, క్యూ: enterprise-support]'),
    L(P, 'ఏజెంట్: హలో, హల్వార్డ్ సర్వే సపోర్ట్. మీ పేరు చెప్పగలరా? — కస్టమర్: నా పేరు వెంకటరమణ రెడ్డి, అనంతపురం నుంచి',
      ['వెంకటరమణ రెడ్డి']),
    L(P, 'కస్టమర్: నా ఫోన్ నంబర్ 94405 18273, ఇమెయిల్ venkat.reddy.atp@gmail.com', ['94405 18273', 'venkat.reddy.atp@gmail.com']),
    L(N, 'ఏజెంట్: ధన్యవాదాలు. మీ ప్రాజెక్ట్ ID PRJ-55120, ఆర్డర్ హాష్ ⟨s⟩ సరైనదేనా?', s=hx(7)),
    L(C, 'కస్టమర్: పోర్టల్ లాగిన్ కావట్లేదు, నా పాస్‌వర్డ్ ⟨p⟩ అని టైప్ చేస్తున్నాను', ['p'], p=PW(12)),
    L(N, 'ఏజెంట్: దయచేసి పాస్‌వర్డ్ ఫోన్‌లో చెప్పకండి సార్, రీసెట్ లింక్ పంపిస్తాను'),
    L(C, 'కస్టమర్: SMS లో వచ్చిన కోడ్ ⟨o⟩, అది చెప్పమంటారా?', ['o'], o=OTP()),
    L(P, 'కస్టమర్: వెంకటరమణ గారి పేరు మీదే బిల్లు, చిరునామా 3-41, గాంధీ నగర్, అనంతపురం 515001',
      ['వెంకటరమణ', '3-41, గాంధీ నగర్, అనంతపురం 515001']),
    L(N, 'ఏజెంట్: సిస్టమ్‌లో ఎర్రర్ కోడ్ HVS-E4011 (session expired) కనిపిస్తోంది'),
    L(C, 'కస్టమర్: మా డెవలపర్ ఇచ్చిన API కీ ⟨k⟩ ని స్క్రిప్ట్‌లో పెట్టాం', ['k'], k=HVSK()),
    L(N, 'ఏజెంట్: సరే, ఆ కీని రద్దు చేసి కొత్తది జారీ చేస్తాను. టికెట్ SUP-21007 సృష్టించాను'),
    L(P, 'కస్టమర్: గత నెల కార్డు నంబర్ ⟨c⟩ తో చెల్లించాను', ['c'], c=CARD('g08-card', '421653907214836')),
    L(N, 'ఏజెంట్: ధన్యవాదాలు, ఇంకేమైనా సహాయం కావాలా? [కాల్ ముగిసింది 14:27 IST]'),
]

@group(9, 'psql session', 'English')
def g09(): return [
    L(N, 'survey_core=> \\dt pilots.*'),
    L(N, ' pilots | licence | table | survey_owner'),
    L(N, "survey_core=> SELECT id, full_name, email, phone FROM pilots.pilot WHERE region = 'benelux' LIMIT 2;"),
    L(P, ' ⟨u⟩ | Bartholomew Achterberg | b.achterberg@hotmail.com | +31 6 21845530',
      ['Bartholomew Achterberg', 'b.achterberg@hotmail.com', '+31 6 21845530'], u=UUID()),
    L(P, ' ⟨u⟩ | Léonie Marchetti | leonie.marchetti@free.fr | 06 71 34 88 20',
      ['Léonie Marchetti', 'leonie.marchetti@free.fr', '06 71 34 88 20'], u=UUID()),
    L(N, '(2 rows)'),
    L(C, "survey_core=> ALTER ROLE tile_reader WITH PASSWORD '⟨p⟩';", ['p'], p=PW()),
    L(C, "survey_core=> CREATE USER MAPPING FOR survey_owner SERVER billing_mysql OPTIONS (username 'fdw_reader', password '⟨p⟩');",
      ['p'], p=PW()),
    L(P, "survey_core=> UPDATE billing.payment_method SET iban = '⟨i⟩' WHERE pilot_id = '⟨u⟩';", ['i'],
      i=IBAN('g09-iban', 'DE', '760260001837402956', spaced=False), u=UUID()),
    L(N, 'UPDATE 1'),
    L(C, "survey_core=> INSERT INTO integrations(name, token) VALUES ('do-spaces-backup', '⟨t⟩');", ['t'], t=DOP()),
    L(N, "survey_core=> SELECT pg_size_pretty(pg_total_relation_size('tiles.ortho_chunk'));"),
    L(N, ' 412 GB'),
]

@group(10, 'JSON audit log', 'English')
def g10(): return [
    L(N, '{"ts":"2024-12-01T08:00:01Z","actor":"svc-ortho-stitch@hvs-prod.iam.gserviceaccount.com","action":"storage.objects.get","resource":"gs://hvs-ortho-raw/PRJ-60218/IMG_0412.JPG","status":200,"trace_id":"⟨t⟩"}',
      t=hx(32)),
    L(P, '{"ts":"2024-12-01T08:02:17Z","actor":"yusuf.demirtas@halvard-survey.com","action":"iam.login","src_ip":"88.230.17.142","mfa":"totp","result":"success"}',
      ['yusuf.demirtas@halvard-survey.com', '88.230.17.142']),
    L(C, '{"ts":"2024-12-01T08:03:40Z","actor":"yusuf.demirtas@halvard-survey.com","action":"apikey.create","key_id":"key_⟨i⟩","secret":"⟨k⟩","note":"plaintext logged by audit-shipper < 1.9.0"}',
      ['yusuf.demirtas@halvard-survey.com', 'k'], i=rs(12), k=HVSK()),
    L(N, '{"ts":"2024-12-01T08:03:41Z","actor":"svc-billing","action":"apikey.list","result":[{"key_id":"key_⟨i⟩","prefix":"hvsk_live_9Xk2","last4":"f1Qa"}]}',
      i=rs(12)),
    L(P, '{"ts":"2024-12-01T08:10:05Z","actor":"support-bot","action":"pilot.update","target":"pilot/⟨u⟩","changes":{"phone":{"old":"+49 151 27403318","new":"+49 160 93841172"}}}',
      ['+49 151 27403318', '+49 160 93841172'], u=UUID()),
    L(C, '{"ts":"2024-12-01T08:12:33Z","actor":"svc-deploy","action":"integration.update","changes":{"slack_webhook":"https://hooks.slack.com/services/⟨a⟩/⟨b⟩/⟨s⟩"}}',
      ['s'], a=SLT(), b=SLB(), s=rs(24)),
    L(N, '{"ts":"2024-12-01T08:15:00Z","actor":"vault-agent","action":"secret.lease.renew","path":"database/creds/parcel-ro","lease_id":"database/creds/parcel-ro/⟨l⟩","ttl":"1h"}',
      l=rs(24)),
    L(P, '{"ts":"2024-12-01T08:21:48Z","actor":"support-bot","action":"pilot.create","target":{"name":"Ingrid Solveig Haraldsen","dob":"1986-09-23","country":"NO"}}',
      ['Ingrid Solveig Haraldsen', '1986-09-23']),
    L(N, '{"ts":"2024-12-01T08:30:00Z","actor":"karpenter","action":"nodepool.scale","cluster":"hvs-prod-eu1","nodepool":"gpu-a100","from":4,"to":7}'),
    L(C, '{"ts":"2024-12-01T08:31:12Z","actor":"anonymous","action":"auth.failed","src_ip":"10.40.3.9","header":"Authorization: Basic ⟨h⟩"}',
      ['h'], h=b64('tile-admin:' + PW(16))),
    L(N, '{"ts":"2024-12-01T08:40:19Z","actor":"terraform-cloud","action":"policy.update","policy":"hvs-ortho-readers","etag":"BwYk⟨e⟩"}',
      e=rs(8)),
    L(P, '{"ts":"2024-12-01T09:05:51Z","actor":"beatriz.quaresma@halvard-survey.com","action":"export.download","src_ip":"2a02:8109:9a3c:4e00:5d1:ad2f:93c1:7e02","object":"exports/pilots-2024-11.csv"}',
      ['beatriz.quaresma@halvard-survey.com', '2a02:8109:9a3c:4e00:5d1:ad2f:93c1:7e02']),
    L(N, '{"ts":"2024-12-01T09:06:02Z","actor":"sre-oncall-bot","action":"token.revoke","token_fingerprint":"⟨f⟩","reason":"OPS-4127"}',
      f=SSHFP()),
]

@group(11, 'runbook', 'Kannada')
def g11(): return [
    L(N, '# ರನ್‌ಬುಕ್: tile-server ಕ್ಯಾಶ್ ಫ್ಲಶ್ (RB-014, ಆವೃತ್ತಿ 1.4.0.2)'),
    L(N, '1. ಮೊದಲು kubectl --context hvs-prod-ap1 -n tiles rollout status deploy/tile-server ಚಲಾಯಿಸಿ'),
    L(N, '2. Redis ಪಾಸ್‌ವರ್ಡ್ ಅನ್ನು ಇಲ್ಲಿ ಬರೆಯಬೇಡಿ; export REDIS_PASSWORD=$(vault kv get -field=password secret/tiles/redis) ಬಳಸಿ'),
    L(C, "3. (ಹಳೆಯ ಹಂತ, ತೆಗೆದುಹಾಕಬೇಕು) redis-cli -h redis-tiles.hvs.internal -a '⟨p⟩' FLUSHDB", ['p'], p=PW()),
    L(N, '4. ಫ್ಲಶ್ ನಂತರ hvs_tile_cache_hit_ratio ಮೆಟ್ರಿಕ್ 0.85 ಕ್ಕಿಂತ ಮೇಲೆ ಬರಲು 15 ನಿಮಿಷ ಕಾಯಿರಿ'),
    L(C, '5. CDN purge: curl -X POST -H "Authorization: Bearer ⟨t⟩" https://api.cloudflare.com/client/v4/zones/⟨z⟩/purge_cache',
      ['t'], t=CF(), z=hx(32)),
    L(P, '6. ಸಮಸ್ಯೆಯಾದರೆ ಸಂಪರ್ಕಿಸಿ: ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ (ಸ್ವಂತ ಮೊಬೈಲ್ +91 99860 14527)', ['ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ', '+91 99860 14527']),
    L(P, '7. ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿಯವರು ರಜೆಯಲ್ಲಿದ್ದರೆ ಲಕ್ಷ್ಮೀ ನಾರಾಯಣ ಅವರಿಗೆ ಕರೆ ಮಾಡಿ: 080-2657 3319 (ಮನೆ)',
      ['ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ', 'ಲಕ್ಷ್ಮೀ ನಾರಾಯಣ', '080-2657 3319']),
    L(N, '8. PagerDuty ಸೇವೆ: P7QX2LM (hvs-tiles-ap1), ಎಸ್ಕಲೇಶನ್ ಪಾಲಿಸಿ PE41K9D'),
    L(C, '9. ಪರೀಕ್ಷೆಗೆ ಬಳಸಿದ ಹೆಡರ್: Authorization: Basic ⟨h⟩', ['h'], h=b64('tiles-admin:' + PW(14))),
    L(P, '10. ಹಿಂದಿನ ಘಟನೆಯಲ್ಲಿ ದೂರು ನೀಡಿದ ಗ್ರಾಹಕ: ಮಂಜುನಾಥ್ ಗೌಡ, manjunath.gowda@yahoo.in, ನಂ. 221, 4ನೇ ಕ್ರಾಸ್, ಜಯನಗರ, ಬೆಂಗಳೂರು 560041',
      ['ಮಂಜುನಾಥ್ ಗೌಡ', 'manjunath.gowda@yahoo.in', 'ನಂ. 221, 4ನೇ ಕ್ರಾಸ್, ಜಯನಗರ, ಬೆಂಗಳೂರು 560041']),
    L(N, '11. ಉದಾಹರಣೆ ಮಾತ್ರ: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE (AWS ದಾಖಲೆಯಿಂದ)'),
    L(N, '12. ಮುಗಿದ ನಂತರ #hvs-ops-ap1 ಚಾನೆಲ್‌ನಲ್ಲಿ ticket OPS-4133 ಅಪ್ಡೇಟ್ ಮಾಡಿ'),
]

@group(12, 'customer email', 'Malayalam')
def g12(): return [
    L(N, 'വിഷയം: Re: [SUP-21340] ഓർത്തോഫോട്ടോ ടൈലുകൾ ലോഡ് ആകുന്നില്ല'),
    L(P, 'പ്രിയ ഹൽവാർഡ് ടീം, ഞാൻ തൃശ്ശൂരിൽ നിന്നുള്ള ജോസഫ് കുര്യാക്കോസ് ആണ്.', ['ജോസഫ് കുര്യാക്കോസ്']),
    L(N, 'ഞങ്ങളുടെ പ്രോജക്ട് PRJ-60218 ന്റെ ടൈലുകൾ https://tiles.halvard-survey.com/v2/ortho/17/93412/61877.webp ൽ 404 തരുന്നു.'),
    L(C, 'ഞങ്ങളുടെ ഐടി വിഭാഗം ഈ ടോക്കൺ ആണ് ഉപയോഗിക്കുന്നത്: ⟨j⟩', ['j'], j=JWT('portal.halvard-survey.com')),
    L(N, 'ബ്രൗസർ കൺസോളിൽ കാണുന്ന request id: req_⟨r⟩, trace ⟨t⟩', r=hx(24), t=hx(32)),
    L(C, 'ലോഗിൻ ചെയ്യാൻ എന്റെ പാസ്‌വേഡ് ⟨p⟩ ആണ്, ദയവായി പരിശോധിക്കുക.', ['p'], p=PW(13)),
    L(P, 'ബിൽ വിലാസം: കുര്യാക്കോസ് ഹൗസ്, പൂങ്കുന്നം, തൃശ്ശൂർ, കേരളം 680002', ['കുര്യാക്കോസ് ഹൗസ്, പൂങ്കുന്നം, തൃശ്ശൂർ, കേരളം 680002']),
    L(P, 'ഫോൺ: 0487 238 4417, മൊബൈൽ +91 94470 52986', ['0487 238 4417', '+91 94470 52986']),
    L(N, 'ഞങ്ങൾ ഉപയോഗിക്കുന്ന QGIS പതിപ്പ് 3.34.6.1 ആണ്, പ്ലഗിൻ hvs-tiles 0.9.2.'),
    L(P, 'എന്റെ സഹപ്രവർത്തക ആനി വർഗീസിനെ (annie.varghese.tcr@gmail.com) cc ചെയ്യുന്നു.',
      ['ആനി വർഗീസിനെ', 'annie.varghese.tcr@gmail.com']),
    L(C, 'അലേർട്ടുകൾ ഈ Discord webhook ലേക്ക് അയക്കാമോ: https://discord.com/api/webhooks/⟨i⟩/⟨t⟩', ['t'],
      i=dg(19), t=rs(68, URLS)),
    L(N, '(ഈ ഇമെയിൽ support@halvard-survey.com വഴി സ്വയമേവ ടിക്കറ്റാക്കി മാറ്റിയിരിക്കുന്നു)'),
    L(N, 'നന്ദി, — ഹൽവാർഡ് സപ്പോർട്ട് ബോട്ട് (hvs-support-bot)'),
]

@group(13, 'Alertmanager webhook payload', 'English')
def g13(): return [
    L(N, '{"version":"4","groupKey":"{}/{severity=\\"page\\"}:{alertname=\\"TileLatencyHigh\\"}","status":"firing","receiver":"hvs-sre-pager",'),
    L(N, ' "commonLabels":{"alertname":"TileLatencyHigh","cluster":"hvs-prod-ap1","namespace":"tiles","service":"tile-server","severity":"page"},'),
    L(N, ' "commonAnnotations":{"summary":"p99 tile latency 2.31s > 1.5s for 10m","runbook_url":"https://runbooks.hvs.internal/RB-014"},'),
    L(N, ' "externalURL":"http://alertmanager.hvs.internal:9093","truncatedAlerts":0,'),
    L(N, ' "alerts":[{"fingerprint":"⟨f⟩","startsAt":"2024-12-02T04:11:30Z","generatorURL":"http://prometheus.hvs.internal:9090/graph?g0.expr=histogram_quantile(0.99%2C+sum+by(le)(rate(hvs_tile_render_seconds_bucket[5m])))"}],',
      f=hx(16)),
    L(C, ' "_debug_receiver":{"slack_api_url":"https://hooks.slack.com/services/⟨a⟩/⟨b⟩/⟨s⟩"},', ['s'], a=SLT(), b=SLB(), s=rs(24)),
    L(C, ' "_debug_pagerduty":[{"routing_key":"⟨k⟩","severity":"critical"}],', ['k'], k=hx(32)),
    L(C, ' "_debug_webhook":{"url":"https://alert-relay.halvard-survey.com/hook?token=⟨t⟩"},', ['t'], t=rs(32)),
    L(P, ' "annotations":{"description":"Reported by customer Mwajuma Kiprono (mwajuma.kiprono@gmail.com): tiles blank since 04:00"},',
      ['Mwajuma Kiprono', 'mwajuma.kiprono@gmail.com']),
    L(P, ' "annotations":{"oncall":"Primary: Rasmus Thorvaldsen +45 28 41 73 90"},', ['Rasmus Thorvaldsen', '+45 28 41 73 90']),
    L(P, ' "labels":{"client_ip":"41.90.64.213","portal_user":"mwajuma.k"},', ['41.90.64.213', 'mwajuma.k']),
    L(C, ' "_debug_http_config":{"basic_auth":{"username":"am-relay","password":"⟨p⟩"}},', ['p'], p=PW()),
    L(N, ' "silenceURL":"http://alertmanager.hvs.internal:9093/#/silences/new?filter=%7Balertname%3D%22TileLatencyHigh%22%7D"}'),
]

@group(14, 'Sentry event', 'English')
def g14(): return [
    L(N, '{"event_id":"⟨e⟩","project":"pilot-app","release":"pilot-app@3.8.2.415","environment":"production","platform":"javascript",', e=hx(32)),
    L(N, ' "exception":{"values":[{"type":"TypeError","value":"Cannot read properties of undefined (reading \'geometry\')","mechanism":{"type":"onunhandledrejection"}}]},'),
    L(N, ' "frame":{"filename":"app:///static/js/parcel-map.7f3c9e.js","function":"renderParcel","lineno":1842,"colno":17},'),
    L(P, ' "user":{"id":"⟨u⟩","email":"tobias.wendehorst@web.de","ip_address":"91.64.203.118","username":"twendehorst"},',
      ['tobias.wendehorst@web.de', '91.64.203.118', 'twendehorst'], u=UUID()),
    L(C, ' "request":{"url":"https://portal.halvard-survey.com/api/v2/parcels?access_token=⟨j⟩","method":"GET"},', ['j'],
      j=JWT('portal.halvard-survey.com')),
    L(C, ' "request_headers":{"Cookie":"hvs_session=⟨c⟩; theme=dark","Accept-Language":"de-DE"},', ['c'], c=COOKIE()),
    L(N, ' "breadcrumbs":[{"category":"fetch","data":{"method":"GET","url":"/api/v2/tiles/17/93412/61877","status_code":404}}],'),
    L(P, ' "extra":{"formState":{"billingName":"Anneliese Wróblewska-Hartmann","street":"Stargarder Str. 61","postcode":"10437 Berlin"}},',
      ['Anneliese Wróblewska-Hartmann', 'Stargarder Str. 61', '10437 Berlin']),
    L(C, ' "extra":{"mapConfig":{"style":"mapbox://styles/halvard/ortho-v3","token":"⟨t⟩"}},', ['t'], t=MBX()),
    L(N, ' "contexts":{"browser":{"name":"Firefox","version":"133.0.3"},"os":{"name":"Windows","version":"10.0.19045.5131"}},'),
    L(N, ' "tags":{"transaction":"/parcels/:id","trace_id":"⟨t⟩","span_id":"⟨s⟩"},', t=hx(32), s=hx(16)),
    L(P, ' "extra":{"supportNote":"call Mr Okonjo-Bassey on 0161 832 4719 about invoice INV-2024-11802"},',
      ['Okonjo-Bassey', '0161 832 4719']),
    L(N, ' "request_data":{"password":"[Filtered]","otp":"[Filtered]"},"sdk":{"name":"sentry.javascript.react","version":"8.42.0"}}'),
]

@group(15, 'postmortem', 'Nepali')
def g15(): return [
    L(N, '# पोस्टमार्टम PM-2024-031: flightlog-ingest मा डेटा ढिलाइ (डेटा हानि: छैन)'),
    L(N, 'सारांश: 2024-11-21 06:10–07:55 NPT बीच hvs-prod-ap1 मा Kafka consumer lag 1.2M सन्देशसम्म पुग्यो।'),
    L(N, 'मूल कारण: flightlog-ingest 3.4.1.2 मा batch.size गलत थियो, कमिट ⟨s⟩।', s=hx(40)),
    L(C, 'समयरेखा 06:32 — अनुसन्धानका क्रममा सुदीपले Kafka SASL पासवर्ड ⟨p⟩ च्याटमा टाँसे।', ['p', 'सुदीप'], p=PW()),
    L(C, 'समयरेखा 06:40 — त्यही थ्रेडमा AWS कुञ्जी ⟨a⟩ / ⟨s⟩ पनि देखियो।', ['a', 's'], a=AKID(), s=ASEC()),
    L(N, 'समयरेखा 07:55 — kubectl rollout undo deploy/flightlog-ingest -n ingest पछि lag शून्यमा झर्यो।'),
    L(P, 'प्रभावित ग्राहक: कृषि सहकारी, सम्पर्क व्यक्ति रामकुमारी थापा मगर, मोबाइल 9841-273560',
      ['रामकुमारी थापा मगर', '9841-273560']),
    L(P, 'उहाँको इमेल ramkumari.thapa77@gmail.com र ठेगाना: वडा नं. 5, भरतपुर महानगरपालिका, चितवन',
      ['ramkumari.thapa77@gmail.com', 'वडा नं. 5, भरतपुर महानगरपालिका, चितवन']),
    L(P, 'ग्राहकको नागरिकता नं. 27-01-73-04512 टिकटमा थियो, हटाइयो।', ['27-01-73-04512']),
    L(N, 'कार्यहरू: OPS-4150 — lag अलर्ट थ्रेसहोल्ड; OPS-4151 — gitleaks 8.21.2 बाट secret scanning CI मा थप्ने।'),
    L(C, 'परिशिष्ट: गल्तीले लगमा आएको Telegram बोट टोकन ⟨t⟩ रद्द गरियो।', ['t'], t=TG()),
    L(N, 'मेट्रिक: kafka_consumergroup_lag{group="flightlog-ingest"}; ड्यासबोर्ड uid ⟨u⟩', u=rs(9, LO + DG)),
    L(N, 'समीक्षक: sre-oncall-ap1 समूह; स्थिति: बन्द'),
]

@group(16, 'web form submission', 'Lao')
def g16(): return [
    L(N, 'ແບບຟອມ: ຂໍໃບສະເໜີລາຄາ ສຳຫຼວດທີ່ດິນດ້ວຍໂດຣນ | form_id=quote-v3 | submission ⟨u⟩', u=UUID()),
    L(P, 'ຊື່ ແລະ ນາມສະກຸນ: ທ້າວ ສົມພອນ ພົມມະວົງ', ['ສົມພອນ ພົມມະວົງ']),
    L(P, 'ເບີໂທ: +856 20 5581 2947', ['+856 20 5581 2947']),
    L(P, 'ອີເມວ: somphone.phomma@gmail.com', ['somphone.phomma@gmail.com']),
    L(P, 'ທີ່ຢູ່: ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ', ['ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ']),
    L(N, 'ເນື້ອທີ່: 42 ເຮັກຕາ, ຄວາມລະອຽດ: 3 cm/px, ຮູບແບບ: GeoTIFF + LAS 1.4'),
    L(C, 'ລະຫັດຜ່ານບັນຊີທີ່ຕ້ອງການ: ⟨p⟩', ['p'], p=PW(12)),
    L(N, 'hidden: csrf_token=*** (masked by form backend), utm_source=facebook'),
    L(C, 'ໝາຍເຫດ: ທີມ IT ຂອງພວກເຮົາໃຊ້ API key ⟨k⟩ ສຳລັບແຜນທີ່, ກະລຸນາກວດເບິ່ງ', ['k'], k=AIZA()),
    L(N, 'remote_addr=10.20.4.17 (internal LB), user_agent=Mozilla/5.0 (Linux; Android 14)'),
    L(P, 'x-forwarded-for: 115.84.101.66', ['115.84.101.66']),
    L(C, 'cookie: _hvs_portal=⟨c⟩', ['c'], c=COOKIE()),
    L(N, 'ສະຖານະ: ສົ່ງຕໍ່ໃຫ້ sales-apac@halvard-survey.com, ຄິວ CRM-LEAD-8821'),
]

@group(17, 'HAR/curl trace', 'English')
def g17(): return [
    L(N, '$ curl -v -X POST https://api.halvard-survey.com/v2/projects/PRJ-60218/exports'),
    L(N, '* Connected to api.halvard-survey.com (10.50.1.20) port 443'),
    L(N, '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384, ALPN: h2'),
    L(C, '> Authorization: Bearer ⟨k⟩', ['k'], k=HVSK()),
    L(C, '> Cookie: hvs_session=⟨c⟩; hvs_csrf=⟨x⟩', ['c', 'x'], c=COOKIE(), x=rs(32)),
    L(N, '> User-Agent: hvs-cli/1.7.3.208'),
    L(N, '< x-request-id: ⟨u⟩', u=UUID()),
    L(N, '< traceparent: 00-⟨t⟩-⟨s⟩-01', t=hx(32), s=hx(16)),
    L(P, '< {"export_id":"exp_⟨e⟩","requested_by":"Oluwaseun Adeyemi-Ward","notify":"seun.adeyemiward@gmail.com"}',
      ['Oluwaseun Adeyemi-Ward', 'seun.adeyemiward@gmail.com'], e=rs(8)),
    L(P, '{"request":{"method":"PATCH","url":"https://portal.halvard-survey.com/api/v2/account","postData":{"text":"{\\"phone\\":\\"+48 512 394 871\\",\\"dob\\":\\"1990-02-11\\"}"}}}',
      ['+48 512 394 871', '1990-02-11']),
    L(C, '{"postData":{"mimeType":"application/x-www-form-urlencoded","params":[{"name":"username","value":"aholmqvist"},{"name":"password","value":"⟨p⟩"}]}}',
      ['p', 'aholmqvist'], p=PW()),
    L(P, '{"serverIPAddress":"10.50.1.20","_clientIP":"83.24.117.9","connection":"443"}', ['83.24.117.9']),
    L(N, '{"cache":{},"timings":{"blocked":0.8,"dns":-1,"connect":-1,"send":0.2,"wait":184.6,"receive":3.1}}'),
]

@group(18, 'Terraform', 'English')
def g18(): return [
    L(N, 'resource "aws_db_instance" "survey_core" {'),
    L(N, '  identifier     = "hvs-survey-core-prod"'),
    L(C, '  password       = "⟨p⟩"   # FIXME: move to aws_secretsmanager_secret', ['p'], p=PW(22)),
    L(N, '  manage_master_user_password = true   # after PR #2312, see module.rds_secret'),
    L(C, 'provider "cloudflare" { api_token = "⟨t⟩" }', ['t'], t=CF()),
    L(N, 'data "vault_kv_secret_v2" "stripe" { mount = "secret", name = "billing/stripe" }'),
    L(C, 'provider "datadog" { api_key = "⟨a⟩", app_key = "⟨b⟩" }', ['a', 'b'], a=hx(32), b=hx(40)),
    L(N, '  ami = "ami-⟨a⟩"  instance_type = "g5.2xlarge"', a=hx(17)),
    L(P, '  tags = { Owner = "Cornelius Achebe-Strand", CostCenter = "CC-4410" }', ['Cornelius Achebe-Strand']),
    L(P, '# legal-hold contact: Maëlle Fournier-Duval, 14 rue des Tanneurs, 67000 Strasbourg',
      ['Maëlle Fournier-Duval', '14 rue des Tanneurs, 67000 Strasbourg']),
    L(C, '  connection { type = "ssh", user = "ubuntu", private_key = "-----BEGIN RSA PRIVATE KEY-----\\n⟨k⟩\\n-----END RSA PRIVATE KEY-----" }',
      ['k'], k=RSAB()),
    L(P, "variable \"breakglass_phone\" { default = \"+33 6 12 48 90 37\" }   # Maëlle's mobile", ['+33 6 12 48 90 37', 'Maëlle']),
    L(N, 'terraform { backend "s3" { bucket = "hvs-tfstate-prod", key = "rds/terraform.tfstate", region = "eu-west-1", dynamodb_table = "hvs-tf-locks" } }'),
]

@group(19, 'Jira export', 'Uzbek')
def g19(): return [
    L(N, 'HVS-5512 | Xato | Yuqori | ortho-stitch: GPU tugunlarida xotira sizib chiqishi | Holat: Jarayonda'),
    L(N, 'Tavsif: hvs-prod-eu1 klasterida ortho-stitch 4.12.0.1873 versiyasi har 6 soatda OOMKilled bo\'lmoqda.'),
    L(N, 'Log parchasi: CUDA error 2 (out of memory) at stitch/kernels.cu:418, trace_id=⟨t⟩', t=hx(32)),
    L(C, 'Izoh (Jasur): vaqtincha registry uchun login: hvsci / ⟨p⟩ — keyin o\'chiraman', ['p', 'Jasur'], p=PW()),
    L(C, 'Izoh: GitLab tokeni ⟨t⟩ pipeline sozlamalariga qo\'shildi', ['t'], t=GLPAT()),
    L(N, 'Izoh: tokenni bu yerga yozmang, CI o\'zgaruvchisi $GITLAB_DEPLOY_TOKEN ishlatilsin (masked, protected).'),
    L(P, 'Muallif: Dilnoza Rahimova, dilnoza.rahimova91@mail.ru, +998 90 417 23 65',
      ['Dilnoza Rahimova', 'dilnoza.rahimova91@mail.ru', '+998 90 417 23 65']),
    L(P, 'Dilnozaning JShShIR raqami ⟨j⟩ mijoz kartasidan ko\'chirilgan — o\'chirish kerak', ['Dilnozaning', 'j'],
      j=PINFL('g19-pinfl', '4170591262011')),
    L(P, 'Manzil: Toshkent sh., Yunusobod tumani, 19-kvartal, 7-uy, 42-xonadon',
      ['Toshkent sh., Yunusobod tumani, 19-kvartal, 7-uy, 42-xonadon']),
    L(C, 'Biriktirma: sentry-cli.log ichida auth token ⟨t⟩ bor edi', ['t'], t=SNTRYU()),
    L(N, 'Bog\'liq: HVS-5498, HVS-5503; commit ⟨s⟩; MR !1842', s=hx(7)),
    L(N, 'Vaqt hisobi: 3h 20m; Komponentlar: ortho-stitch, gpu-pool-a100'),
    L(N, 'Tayinlangan: sre-bot (avtomatik), Sprint: SRE-2024-49'),
]

@group(20, 'Teams chat', 'Pashto')
def g20(): return [
    L(N, '[10:14] hvs-deploy-bot: د billing-svc نوې نسخه 2.19.0.77 په hvs-prod-eu1 کې ځای پر ځای شوه'),
    L(C, '[10:16] احمد شاه: د Stripe کلي مې بدله کړه، نوې کلي دا ده ⟨k⟩', ['k', 'احمد شاه'], k=SKL()),
    L(N, '[10:17] مهرباني وکړئ کلي دلته مه لیکئ، له vault kv get secret/billing/stripe څخه یې واخلئ'),
    L(C, '[10:18] د webhook لپاره signing secret: ⟨k⟩', ['k'], k=WHSEC()),
    L(P, '[10:20] پېرودونکي ګل افغان ځدراڼ زنګ وهلی و، شمېره یې +93 70 482 1937 ده', ['ګل افغان ځدراڼ', '+93 70 482 1937']),
    L(P, '[10:21] د هغه بریښنالیک: gulafghan.zadran@yahoo.com', ['gulafghan.zadran@yahoo.com']),
    L(P, '[10:23] د هغه بانکي حساب په پېښور کې: IBAN ⟨i⟩', ['i'], i=IBAN('g20-iban', 'PK', 'MEZN0008001048273619')),
    L(N, '[10:24] تېروتنه: HVS-E5003 card_declined، د Stripe request id req_⟨r⟩', r=rs(14)),
    L(C, '[10:26] ما د ازموینې لپاره دا URL وکاراوه: https://admin:⟨p⟩@billing-admin.hvs.internal/', ['p'], p=PWU()),
    L(N, '[10:27] د ازموینې کارت 4242 4242 4242 4242 د Stripe له اسنادو څخه دی، اصلي نه دی'),
    L(P, '[10:29] د ګل افغان صاحب پته: کارته پروان، دویمه ناحیه، کابل', ['ګل افغان', 'کارته پروان، دویمه ناحیه، کابل']),
    L(N, '[10:31] hvs-deploy-bot: health check سم دی، p99 = 184ms، metric hvs_billing_charge_seconds'),
    L(N, '[10:33] ټیکټ BILL-902 وتړل شو'),
]

@group(21, 'Ansible playbook and run', 'English')
def g21(): return [
    L(N, '- name: Deploy flightlog-ingest to edge gateways'),
    L(N, '  hosts: gw_ap1   become: true   vars_files: [ vault.yml ]'),
    L(N, '  vars: { ingest_version: "3.4.1.2", kafka_brokers: "kafka-0.hvs.internal:9093,kafka-1.hvs.internal:9093" }'),
    L(C, '    kafka_sasl_password: "⟨p⟩"', ['p'], p=PW()),
    L(N, '    db_password: "{{ vault_db_password }}"'),
    L(C, 'ansible_become_pass: ⟨p⟩', ['p'], p=PW(14)),
    L(N, '    - ansible.builtin.get_url: url=https://artifacts.hvs.internal/flightlog-ingest-3.4.1.2.tar.gz checksum=sha256:⟨d⟩', d=hx(64)),
    L(C, '      twilio_auth_token: ⟨t⟩', ['t'], t=hx(32)),
    L(P, '    - ansible.builtin.user: name=rtesfaye comment="Rahel Tesfaye, +251 91 148 3920" groups=wheel',
      ['rtesfaye', 'Rahel Tesfaye', '+251 91 148 3920']),
    L(P, 'ok: [gw-ap1-03] => {"msg": "notify owner shreya.balakrishnan@outlook.com"}', ['shreya.balakrishnan@outlook.com']),
    L(N, 'changed: [gw-ap1-01] => (item=flightlog-ingest.service)'),
    L(C, 'fatal: [gw-ap1-02]: FAILED! => {"cmd": "docker login registry.gitlab.com -u gitlab-ci-token -p ⟨t⟩", "rc": 1}',
      ['t'], t=GLPAT()),
    L(P, "# inventory note: gw-ap1-04 sits in Tejas Kulkarni's house, 22 Baner Road, Pune 411045, public IP 49.36.112.84",
      ['Tejas Kulkarni', '22 Baner Road, Pune 411045', '49.36.112.84']),
    L(N, 'PLAY RECAP gw-ap1-01 : ok=12 changed=3 unreachable=0 failed=0 skipped=1'),
]

@group(22, 'Kubernetes Secret manifest', 'English')
def g22(): return [
    L(N, 'apiVersion: v1'),
    L(N, 'kind: Secret'),
    L(N, 'metadata: { name: pilot-app-secrets, namespace: pilot, uid: ⟨u⟩ }', u=UUID()),
    L(N, 'type: Opaque'),
    L(C, '  DATABASE_PASSWORD: ⟨h⟩', ['h'], h=b64(PW())),
    L(C, '  STRIPE_API_KEY: ⟨h⟩', ['h'], h=b64(RKL())),
    L(C, 'stringData: { FCM_SERVER_KEY: "⟨k⟩" }', ['k'], k=FCM()),
    L(C, '  .dockerconfigjson: {"auths":{"ghcr.io":{"auth":"⟨h⟩"}}}', ['h'], h=b64('hvs-ci:' + GHP())),
    L(N, '  annotations: { kubernetes.io/service-account.name: pilot-app, reloader.stakater.com/match: "true" }'),
    L(N, '# managed by external-secrets 0.10.4 from ClusterSecretStore vault-backend, key secret/pilot/app'),
    L(P, '  SUPPORT_ESCALATION_CONTACT: "Ngozi Eze-Whitfield <ngozi.ezewhitfield@gmail.com>"',
      ['Ngozi Eze-Whitfield', 'ngozi.ezewhitfield@gmail.com']),
    L(P, '  TEST_PILOT_PHONE: "+234 803 417 5582"', ['+234 803 417 5582']),
    L(P, '  SEED_ADMIN_EMAIL: ⟨h⟩   # = lucia.ferrandiz@protonmail.com', ['h', 'lucia.ferrandiz@protonmail.com'],
      h=b64('lucia.ferrandiz@protonmail.com')),
]

@group(23, 'field crew chat export', 'Hausa')
def g23(): return [
    L(N, '[04/12/2024, 07:12] hvs-fieldbot: Aikin binciken filin PRJ-61102 ya fara, drone DJI-M350 firmware 07.01.10.03'),
    L(P, '[04/12/2024, 07:15] Musa Abdullahi Danladi: Ina Kano, lambata ita ce 0803 417 2259 idan kuna buƙata',
      ['Musa Abdullahi Danladi', '0803 417 2259']),
    L(C, '[04/12/2024, 07:18] Musa: kalmar sirrin Wi-Fi na motar filin ita ce ⟨p⟩', ['p', 'Musa'], p=PW(12)),
    L(N, '[04/12/2024, 07:20] hvs-fieldbot: An loda flightlog_0412_a.bin (sha256 ⟨d⟩)', d=hx(64)),
    L(P, '[04/12/2024, 07:24] Mai gonar: Alhaji Sani Bello, adireshi: Lamba 12, Titin Zoo Road, Gidan Kaji, Kano',
      ['Sani Bello', 'Lamba 12, Titin Zoo Road, Gidan Kaji, Kano']),
    L(P, '[04/12/2024, 07:26] Asusun biyan Alhaji Sani: NUBAN ⟨n⟩ (Access Bank)', ['Sani', 'n'], n=NUBAN('g23-nuban', '044', '073918264')),
    L(C, '[04/12/2024, 07:31] Hauwa: ga lambar OTP daga portal ɗin: ⟨o⟩, ku shiga yanzu', ['o', 'Hauwa'], o=OTP()),
    L(N, '[04/12/2024, 07:33] hvs-fieldbot: GNSS base station hvs-gnss-kano-02 ya haɗu, RTK fix 98.4%'),
    L(C, '[04/12/2024, 07:40] Hauwa: token na tile API don tablet: ⟨k⟩', ['k', 'Hauwa'], k=HVSK()),
    L(P, '[04/12/2024, 07:45] Hauwa Ibrahim Yusuf: imel ɗina na kaina hauwa.iyusuf@gmail.com',
      ['Hauwa Ibrahim Yusuf', 'hauwa.iyusuf@gmail.com']),
    L(N, '[04/12/2024, 07:50] hvs-fieldbot: Kuskure HVS-E3104 — batir drone ya yi ƙasa da 20%'),
    L(N, '[04/12/2024, 08:05] hvs-fieldbot: An gama zagaye na 1; hotuna 1,842; GSD 2.1 cm'),
    L(N, '[04/12/2024, 08:10] hvs-fieldbot: <An goge wannan saƙon>'),
]

@group(24, 'customer email', 'Yoruba')
def g24(): return [
    L(N, 'Àkòrí: Ìbéèrè nípa ìwé-owó INV-2024-11873 àti àwòrán ilẹ̀ PRJ-61240'),
    L(P, 'Ẹ káàrọ̀ ẹgbẹ́ Halvard, orúkọ mi ni Adébáyọ̀ Olúwaṣeun Ògúndélé.', ['Adébáyọ̀ Olúwaṣeun Ògúndélé']),
    L(P, 'Mo ń gbé ní Nọ́mbà 8, Òpópónà Àdìó Adéwálé, Bódìjà, Ìbàdàn, Ìpínlẹ̀ Ọ̀yọ́.',
      ['Nọ́mbà 8, Òpópónà Àdìó Adéwálé, Bódìjà, Ìbàdàn']),
    L(P, 'Nọ́mbà fóònù mi ni 0806 512 3348, ímeèlì mi ni adebayo.ogundele@yahoo.com.', ['0806 512 3348', 'adebayo.ogundele@yahoo.com']),
    L(N, 'Àwọn fáìlì tí ẹ fi ránṣẹ́ (ortho_PRJ-61240_v2.tif, 2.4 GB, md5 ⟨m⟩) kò ṣí.', m=hx(32)),
    L(C, 'Ọ̀rọ̀ aṣínà mi lórí pọ́tà yín ni ⟨p⟩, ẹ jọ̀wọ́ ẹ bá mi wò ó.', ['p'], p=PW(13)),
    L(C, 'Ọmọ mi tó ń ṣe IT ní kí n fi èyí ránṣẹ́: DefaultEndpointsProtocol=https;AccountName=oyofarmsdata;AccountKey=⟨k⟩;EndpointSuffix=core.windows.net',
      ['k'], k=AZK()),
    L(P, 'Mo ti san owó pẹ̀lú káàdì ⟨c⟩, ọjọ́ ìbí mi tí bánkì béèrè ni 14/03/1979.', ['c', '14/03/1979'],
      c=CARD('g24-card', '506099058136472913', fmt='raw')),
    L(N, 'Ìfiránṣẹ́ àṣìṣe tí mo rí: "HVS-E4011 session expired (ref ⟨u⟩)"', u=UUID()),
    L(N, 'Mo ń lo QGIS 3.34.6.1 lórí Windows 11.'),
    L(C, 'Kóòdù tí wọ́n fi ránṣẹ́ sí fóònù mi ni ⟨o⟩, ṣé kí n tẹ̀ ẹ́?', ['o'], o=(lambda x: x[:3] + ' ' + x[3:])(OTP())),
    L(P, 'Ẹ jọ̀wọ́ ẹ kàn sí ìyàwó mi, Fúnmiláyọ̀ Ògúndélé, bí ẹ kò bá rí mi.', ['Fúnmiláyọ̀ Ògúndélé']),
    L(N, '— A fi ìmeèlì yìí ránṣẹ́ láti support@halvard-survey.com; tíkẹ́ẹ̀tì SUP-21402 ti ṣí.'),
]

@group(25, 'docker-compose file', 'English')
def g25(): return [
    L(N, 'services:'),
    L(N, '  postgres: { image: "postgis/postgis:16-3.4", ports: ["127.0.0.1:5432:5432"] }'),
    L(C, '      POSTGRES_PASSWORD: ⟨p⟩', ['p'], p=PW()),
    L(N, '  parcel-api: { build: ./parcel-api, env_file: .env.local, secrets: [pg_password] }'),
    L(C, '      MINIO_ROOT_PASSWORD: "⟨p⟩"', ['p'], p=PW(24)),
    L(C, '      SENTRY_AUTH_TOKEN: ⟨t⟩', ['t'], t=SNTRYS()),
    L(N, '      image: registry.halvard-survey.com/tile-server@sha256:⟨d⟩', d=hx(64)),
    L(C, '      - "REDIS_URL=redis://:⟨p⟩@redis:6379/0"', ['p'], p=PWU()),
    L(P, '    # maintainer: Ayşe Nur Korkmaz <aysenur.korkmaz@gmail.com>', ['Ayşe Nur Korkmaz', 'aysenur.korkmaz@gmail.com']),
    L(P, '      TEST_USER_PHONE: "+90 532 418 27 63"', ['+90 532 418 27 63']),
    L(P, '      SEED_CUSTOMER: "Hinrich Janssen-Ubben, Mühlenweg 7, 26629 Großefehn"',
      ['Hinrich Janssen-Ubben', 'Mühlenweg 7, 26629 Großefehn']),
    L(N, '      healthcheck: { test: ["CMD", "pg_isready", "-U", "postgres"], interval: 10s }'),
    L(N, '      STRIPE_SECRET_KEY: sk_test_XXXXXXXXXXXXXXXXXXXXXXXX   # placeholder, real one lives in .env.local'),
    L(N, 'secrets: { pg_password: { file: ./secrets/pg_password.txt } }'),
]

@group(26, 'nginx access log', 'English')
def g26(): return [
    L(N, '10.42.7.19 - - [05/Dec/2024:10:14:21 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.001'),
    L(P, '94.254.12.201 - - [05/Dec/2024:10:14:22 +0000] "GET /v2/tiles/ortho/17/93412/61877.webp HTTP/2.0" 200 48213 "-" "QGIS/33406/Windows 10" rt=0.042',
      ['94.254.12.201']),
    L(C, '188.146.22.70 - - [05/Dec/2024:10:14:25 +0000] "GET /v2/exports/exp_8QmZ?api_key=⟨k⟩ HTTP/2.0" 200 1822 "-" "python-requests/2.32.3" rt=0.311',
      ['188.146.22.70', 'k'], k=HVSK()),
    L(C, '188.146.22.70 - - [05/Dec/2024:10:14:31 +0000] "GET /reset-password?email=kasia.wiercinska%40gmail.com&token=⟨t⟩ HTTP/2.0" 302 0 "-" "Mozilla/5.0" rt=0.020',
      ['188.146.22.70', 'kasia.wiercinska%40gmail.com', 't'], t=rs(40)),
    L(N, '10.42.3.5 - - [05/Dec/2024:10:14:33 +0000] "GET /metrics HTTP/1.1" 200 18231 "-" "Prometheus/2.55.1" rt=0.004'),
    L(P, '5.173.90.14 - jmalinowski [05/Dec/2024:10:14:40 +0000] "GET /admin/ HTTP/1.1" 401 179 "-" "Mozilla/5.0" rt=0.002',
      ['5.173.90.14', 'jmalinowski']),
    L(C, '5.173.90.14 - - [05/Dec/2024:10:14:52 +0000] "GET /admin/ HTTP/1.1" 200 5120 "https://admin:⟨p⟩@portal.halvard-survey.com/admin/" "Mozilla/5.0" rt=0.031',
      ['5.173.90.14', 'p'], p=PWU()),
    L(N, '2024/12/05 10:15:02 [error] 31#31: *88412 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.42.7.23:8080/v2/parcels"'),
    L(P, '37.47.201.88 - - [05/Dec/2024:10:15:09 +0000] "GET /v2/account?email=marek.zielonka@wp.pl&phone=%2B48601228934 HTTP/2.0" 200 644 "-" "okhttp/4.12.0" rt=0.018',
      ['37.47.201.88', 'marek.zielonka@wp.pl', '%2B48601228934']),
    L(N, '10.42.7.19 - - [05/Dec/2024:10:15:11 +0000] "GET /v2/tiles/ortho/17/93413/61877.webp HTTP/2.0" 304 0 "-" "hvs-tile-warmer/2.1.0.9" rt=0.003'),
    L(N, "log_format main '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" rt=$request_time';"),
    L(N, '10.42.7.20 - - [05/Dec/2024:10:15:14 +0000] "GET /v2/exports/exp_8QmZ?api_key=[REDACTED] HTTP/2.0" 200 1822 "-" "hvs-exporter/1.0.4" rt=0.290'),
    L(C, '10.42.9.8 - - [05/Dec/2024:10:15:20 +0000] "POST /oauth/token HTTP/2.0" 200 412 "-" "curl/8.5.0" body="grant_type=client_credentials&client_id=partner-agrimap&client_secret=⟨s⟩"',
      ['s'], s=rs(40)),
]

@group(27, 'call transcript', 'Zulu')
def g27(): return [
    L(N, '[Ucingo CALL-8120-ZA, isikhathi 06:15, ulayini: za-support]'),
    L(P, 'Umenzeli: Sawubona, Halvard Survey. Ngikhuluma nobani? — Ikhasimende: NginguThandiwe Mkhize wase-Pietermaritzburg.',
      ['Thandiwe Mkhize']),
    L(P, 'Ikhasimende: Inombolo yami ithi 082 417 3596, i-imeyili ithi thandiwe.mkhize@webmail.co.za',
      ['082 417 3596', 'thandiwe.mkhize@webmail.co.za']),
    L(P, 'Ikhasimende: Inombolo kamazisi wami ngu-⟨i⟩', ['i'], i=ZAID('g27-za_id', '880412512308')),
    L(N, 'Umenzeli: Ngiyabonga. Ngibona iphrojekthi PRJ-70231 nesiteshi se-GNSS hvs-gnss-pmb-01.'),
    L(C, 'Ikhasimende: Iphasiwedi yami entsha ngu-⟨p⟩, kodwa ayisebenzi', ['p'], p=PW(12)),
    L(N, 'Umenzeli: Ngicela ungangitsheli iphasiwedi yakho. Ngizokuthumelela isixhumanisi sokuyisetha kabusha.'),
    L(C, 'Ikhasimende: Ngithole ikhodi ku-SMS: ⟨o⟩.', ['o'], o=(lambda x: x[:3] + ' ' + x[3:])(OTP())),
    L(P, 'Ikhasimende: Ikheli lami ngu-14 Jabu Ndlovu Street, Scottsville, Pietermaritzburg, 3209',
      ['14 Jabu Ndlovu Street, Scottsville, Pietermaritzburg, 3209']),
    L(N, 'Umenzeli: Uhlelo lukhombisa iphutha HVS-E4011, futhi inguqulo ye-app ingu-3.8.2.415.'),
    L(C, 'Ikhasimende: Umfana wami we-IT uthe ngikunike le key: ⟨k⟩', ['k'], k=OPENAI()),
    L(N, 'Umenzeli: Sizoyivala leyo key futhi sivule ithikithi SUP-21455.'),
    L(N, '[Ucingo luphelile 09:41 SAST]'),
]

@group(28, 'handover notes', 'Somali')
def g28(): return [
    L(N, 'Qoraalka wareejinta — shaqada habeenka, 2024-12-05, kooxda SRE ee hvs-prod-eu1'),
    L(N, '1. billing-svc: 2 jeer ayaa dib loo bilaabay (exit code 137); xadka xusuusta waxaa loo kordhiyay 2Gi, PR #2307'),
    L(C, '2. Cabdiraxmaan wuxuu kanaalka ku qoray furaha SendGrid ⟨k⟩; subaxda waa in la beddelaa', ['k', 'Cabdiraxmaan'], k=SG()),
    L(N, '3. Furaha cusub waxaa lagu kaydiyaa: vault kv put secret/billing/sendgrid; Helm: existingSecret: billing-sendgrid'),
    L(C, '4. Erayga sirta ah ee ku meel gaarka ah ee RabbitMQ: ⟨p⟩', ['p'], p=PW()),
    L(P, '5. Macmiil Xaliimo Cali Warsame ayaa soo wacday: +252 61 548 2930', ['Xaliimo Cali Warsame', '+252 61 548 2930']),
    L(P, '6. Ciwaankeeda: Degmada Hodan, Isgoyska KM4, Muqdisho; iimeyl: xaliimo.warsame@hotmail.com',
      ['Degmada Hodan, Isgoyska KM4, Muqdisho', 'xaliimo.warsame@hotmail.com']),
    L(N, '7. Ticket BILL-915: lacag ayaa laba jeer la qaaday, lacag celin waa la sameeyay (ref ch_⟨r⟩)', r=rs(24)),
    L(P, '8. Xaliimo waxay soo dirtay IBAN-ka walaalkeed ee Jarmalka: ⟨i⟩', ['Xaliimo', 'i'],
      i=IBAN('g28-iban', 'DE', '500105172214839077')),
    L(C, '9. kubeconfig-gii hore wuxuu ku jiray token: ⟨t⟩', ['t'], t=JWT('kubernetes/serviceaccount')),
    L(N, '10. Alertmanager silence ⟨u⟩ wuxuu dhacayaa 06:00 UTC', u=UUID()),
    L(N, '11. Metric-ka billing_webhook_failures_total hadda waa 0'),
    L(P, '12. Axmed Nuur (on-call berri) lambarkiisa gaarka ah: +252 63 441 7720, kaliya xaalad degdeg ah',
      ['Axmed Nuur', '+252 63 441 7720']),
]

@group(29, 'syslog', 'English')
def g29(): return [
    L(N, 'Dec  5 03:12:44 gw-ap1-03 systemd[1]: Started flightlog-ingest.service - Halvard flight log ingest 3.4.1.2.'),
    L(N, 'Dec  5 03:12:45 gw-ap1-03 kernel: [812344.112093] nvme nvme0: I/O 412 QID 3 timeout, aborting'),
    L(P, 'Dec  5 03:13:02 gw-ap1-03 sshd[20931]: Accepted publickey for vkrishnamurthy from 117.199.84.23 port 51822 ssh2: ED25519 ⟨f⟩',
      ['vkrishnamurthy', '117.199.84.23'], f=SSHFP()),
    L(C, 'Dec  5 03:13:40 gw-ap1-03 sudo: vkrishnamurthy : TTY=pts/0 ; PWD=/home/vkrishnamurthy ; USER=root ; COMMAND=/usr/bin/psql postgresql://ingest:⟨p⟩@pg-ingest.hvs.internal/ingest',
      ['vkrishnamurthy', 'p'], p=PWU()),
    L(N, 'Dec  5 03:14:01 gw-ap1-03 CRON[21002]: (root) CMD (/usr/local/bin/hvs-rotate-logs --keep 7)'),
    L(C, 'Dec  5 03:14:17 gw-ap1-03 flightlog-ingest[1187]: WARN config dump: s3.access_key=⟨a⟩ s3.secret_key=⟨s⟩',
      ['a', 's'], a=AKID(), s=ASEC()),
    L(P, 'Dec  5 03:15:09 gw-ap1-03 sshd[21044]: Failed password for invalid user admin from 185.220.101.47 port 40022 ssh2',
      ['185.220.101.47']),
    L(N, 'Dec  5 03:15:30 gw-ap1-03 flightlog-ingest[1187]: INFO batch committed offset=88123941 partition=7 trace_id=⟨t⟩', t=hx(32)),
    L(C, 'Dec  5 03:16:02 gw-ap1-03 postfix/smtp[21101]: warning: smtp.postmarkapp.com: sasl_username=⟨k⟩ sasl_password=⟨k⟩',
      ['k'], k=UUID()),
    L(P, 'Dec  5 03:17:45 gw-ap1-03 pilot-sync[1302]: INFO paired drone DJI-M350-07 to pilot Lakshmi Venkataraman (lakshmi.v.1989@gmail.com)',
      ['Lakshmi Venkataraman', 'lakshmi.v.1989@gmail.com']),
    L(N, 'Dec  5 03:18:00 gw-ap1-03 systemd[1]: logrotate.service: Deactivated successfully.'),
    L(N, 'Dec  5 03:18:12 gw-ap1-03 dockerd[902]: level=info msg="pulled registry.halvard-survey.com/ingest@sha256:⟨d⟩"', d=hx(64)),
    L(P, 'Dec  5 03:19:31 gw-ap1-03 dhcpd[811]: DHCPACK on 192.168.40.23 to 3c:22:fb:91:0e:7a (Lakshmis-iPhone) via eth1',
      ['3c:22:fb:91:0e:7a', 'Lakshmis-iPhone']),
]

@group(30, 'CSV export', 'English')
def g30(): return [
    L(N, '# pilots_2024-11.csv generated by reports-svc 1.12.0.3 at 2024-12-01T00:00:05Z (rows=5)'),
    L(N, 'pilot_id,full_name,email,phone,dob,country,licence_class,iban,flights_2024'),
    L(P, '⟨u⟩,Ruairí Mac Giolla Phádraig,ruairi.macgp@gmail.com,+353 87 214 6603,1984-07-09,IE,A2,⟨i⟩,212',
      ['Ruairí Mac Giolla Phádraig', 'ruairi.macgp@gmail.com', '+353 87 214 6603', '1984-07-09', 'i'],
      u=UUID(), i=IBAN('g30-iban-ie', 'IE', 'AIBK93441729051763', spaced=False)),
    L(P, '⟨u⟩,Beatriz Quaresma Lopes,bia.quaresma@sapo.pt,+351 912 448 305,1992-12-30,PT,A1/A3,⟨i⟩,96',
      ['Beatriz Quaresma Lopes', 'bia.quaresma@sapo.pt', '+351 912 448 305', '1992-12-30', 'i'],
      u=UUID(), i=IBAN('g30-iban-pt', 'PT', '003300004521938610705', spaced=False)),
    L(P, '⟨u⟩,Kalinda Worrall,kalinda.worrall@bigpond.com,0412 338 907,1979-03-02,AU,ReOC,,41',
      ['Kalinda Worrall', 'kalinda.worrall@bigpond.com', '0412 338 907', '1979-03-02'], u=UUID()),
    L(P, '⟨u⟩,Temitope Oyelaran,temi.oyelaran@gmail.com,0809 221 4470,1995-05-18,NG,A2,,0',
      ['Temitope Oyelaran', 'temi.oyelaran@gmail.com', '0809 221 4470', '1995-05-18'], u=UUID()),
    L(N, '⟨u⟩,svc-demo-pilot,demo-pilot@halvard-survey.com,,,XX,DEMO,,0', u=UUID()),
    L(N, '# totals: pilots=5 flights=349 sha256=⟨d⟩', d=hx(64)),
    L(N, 'integration,owner,token,created_at'),
    L(C, 'slack,ops@halvard-survey.com,⟨t⟩,2024-03-14', ['t'], t=XOXB()),
    L(C, 'mapbox,alessandro.brambilla@halvard-survey.com,⟨t⟩,2024-05-02', ['t', 'alessandro.brambilla@halvard-survey.com'], t=MBX()),
    L(C, 'openai,svc-reports,⟨t⟩,2024-09-19', ['t'], t=OPENAI()),
    L(N, 'stripe,billing@halvard-survey.com,rk_live_••••••••Qm7Z,2024-10-01'),
]

@group(31, 'postmortem', 'Belarusian')
def g31(): return [
    L(N, '# Постмортэм PM-2024-034: недаступнасць parcel-api у кластары hvs-prod-eu1 (42 хвіліны)'),
    L(N, 'Кароткі змест: 2024-11-26 з 13:05 да 13:47 UTC parcel-api вяртаў 503, памылка HVS-E5030 (db pool exhausted).'),
    L(N, 'Першапрычына: міграцыя 0187_add_parcel_geom_idx трымала блакіроўку; коміт ⟨s⟩.', s=hx(40)),
    L(C, '13:12 — Аляксей Каваленка ўставіў у чат радок падлучэння postgres://parcel_admin:⟨p⟩@pg-parcel.hvs.internal:5432/parcels',
      ['p', 'Аляксей Каваленка'], p=PWU()),
    L(N, "13:20 — рашэнне: SELECT pg_terminate_backend(pid) для сеансаў з wait_event_type = 'Lock'."),
    L(C, '13:31 — у логах CI знойдзены токен GitHub ⟨t⟩; адкліканы а 13:40.', ['t'], t=GHPF()),
    L(P, 'Пацярпелы кліент: Алена Мікалаеўна Шушкевіч, тэл. +375 29 614-27-38', ['Алена Мікалаеўна Шушкевіч', '+375 29 614-27-38']),
    L(P, 'Алене Шушкевіч адпраўлены ліст з выбачэннямі на alena.shushkevich@tut.by.', ['Алене Шушкевіч', 'alena.shushkevich@tut.by']),
    L(P, 'Кампенсацыя пералічана на яе рахунак ⟨i⟩', ['i'], i=IBAN('g31-iban', 'BY', 'BPSB30120000081624973001')),
    L(C, 'Дадатак: у дампе асяроддзя быў SLACK_BOT_TOKEN=⟨t⟩', ['t'], t=XOXB()),
    L(N, 'Дзеянні: OPS-4170 — statement_timeout для міграцый; OPS-4171 — pgbouncer 1.23.1 з pool_mode=transaction.'),
    L(N, 'Метрыка для алерта: pg_locks_waiting{cluster="hvs-prod-eu1"} > 20 на працягу 2 хв.'),
    L(N, 'Рэцэнзенты: каманда sre-eu; статус: закрыты.'),
]

@group(32, 'runbook', 'Macedonian')
def g32(): return [
    L(N, '# Упатство RB-022: ротација на клучеви за billing-svc (верзија 2.0.1.4)'),
    L(N, '1. Најавете се на bastion-eu1 и проверете: kubectl --context hvs-prod-eu1 -n billing get secret billing-stripe -o name'),
    L(N, '2. Новиот клуч зачувајте го само во Vault: vault kv put secret/billing/stripe api_key=@stripe.key'),
    L(C, '3. (ЗАСТАРЕНО — да се избрише) стариот клуч беше ⟨k⟩', ['k'], k=RKL()),
    L(N, '4. Во values.yaml користете existingSecret: billing-stripe, никогаш вредност во чист текст.'),
    L(C, '5. Пример што некој го залепи во тикетот: curl https://api.mailgun.net/v3/mg.halvard-survey.com/messages -u api:⟨k⟩',
      ['k'], k=MG()),
    L(P, '6. Контакт за ескалација: Марија Стојановска, приватен мобилен 070 318 452', ['Марија Стојановска', '070 318 452']),
    L(P, '7. Ако Марија не одговара, јавете се на Горан Трајковски: 075 624 190', ['Марија', 'Горан Трајковски', '075 624 190']),
    L(P, '8. Тест-сметката на Горан е поврзана со неговиот ЕМБГ ⟨e⟩ — тоа мора да се отстрани.', ['Горан', 'e'],
      e=EMBG('g32-embg', '150498645012')),
    L(C, '9. Проверка на SMS: twilio api:core:messages:create --account-sid AC⟨s⟩ --auth-token ⟨t⟩', ['t'], s=hx(32), t=hx(32)),
    L(N, '10. Тест-картичка за 3DS проверка: 4000 0025 0000 3155 (од документацијата на Stripe)'),
    L(N, '11. Потврдете дека billing_stripe_auth_errors_total = 0 по 10 минути.'),
    L(P, '12. Стара фактура: IBAN на клиентот ⟨i⟩', ['i'], i=IBAN('g32-iban', 'MK', '300000002472615')),
]

@group(33, 'code diff', 'English')
def g33(): return [
    L(N, 'diff --git a/services/billing-svc/config/settings.py b/services/billing-svc/config/settings.py'),
    L(N, 'index ⟨a⟩..⟨b⟩ 100644', a=hx(7), b=hx(7)),
    L(N, '-STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]'),
    L(C, '+STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "⟨k⟩")  # temp fallback', ['k'], k=SKL()),
    L(C, '+SENDGRID_KEY = "⟨k⟩"', ['k'], k=SG()),
    L(C, '+ADMIN_BASIC_AUTH = ("billing-admin", "⟨p⟩")', ['p'], p=PW()),
    L(N, '+          token: ${{ secrets.DEPLOY_TOKEN }}'),
    L(P, '+# Reviewed with Henrietta Oyelowo-Barnes (henrietta.ob@icloud.com) on 2024-11-29',
      ['Henrietta Oyelowo-Barnes', 'henrietta.ob@icloud.com']),
    L(P, '+SAMPLE_HOLDER = {"name": "Gideon Abernethy-Kaur", "pan": "⟨c⟩", "exp": "09/27"}', ['Gideon Abernethy-Kaur', 'c'],
      c=CARD('g33-card', '535219076448213', fmt='raw')),
    L(N, '+TEST_CARD = "4242424242424242"  # Stripe documented test card'),
    L(P, '+    "billing_address": "Flat 3, 27 Wellington Crescent, Ramsgate CT11 8DP",', ['Flat 3, 27 Wellington Crescent, Ramsgate CT11 8DP']),
    L(P, '+DEFAULT_ONCALL_PHONE = "07823 614 095"  # Callum\'s mobile', ['07823 614 095', 'Callum']),
    L(N, '+SUPPORT_EMAIL = "billing-support@halvard-survey.com"'),
]

@group(34, 'Python traceback', 'English')
def g34(): return [
    L(N, 'Traceback (most recent call last):'),
    L(N, '  File "/app/parcel_api/exports/geopackage.py", line 214, in build_export'),
    L(N, '    writer.write_layer(layer, crs="EPSG:25829")'),
    L(C, '  File "/app/parcel_api/db.py", line 41, in connect: psycopg.connect("host=pg-parcel.hvs.internal user=parcel_rw password=⟨p⟩ dbname=parcels")',
      ['p'], p=PW()),
    L(N, 'psycopg.errors.QueryCanceled: canceling statement due to statement timeout'),
    L(P, "    owner = {'name': 'Siddharth Venkatesan', 'email': 'sid.venkatesan@gmail.com', 'phone': '+91 98451 20736'}",
      ['Siddharth Venkatesan', 'sid.venkatesan@gmail.com', '+91 98451 20736']),
    L(C, "    headers = {'Authorization': 'Bearer ⟨t⟩', 'X-Request-Id': '⟨u⟩'}", ['t'], t=ANT(), u=UUID()),
    L(P, "    payment = {'card_number': '⟨c⟩', 'exp_month': 11, 'exp_year': 2027}", ['c'],
      c=CARD('g34-card', '37829164027351', fmt='raw')),
    L(N, 'During handling of the above exception, another exception occurred:'),
    L(C, 'botocore.exceptions.ClientError: SignatureDoesNotMatch (debug: access key ⟨a⟩, secret ⟨s⟩)', ['a', 's'], a=AKID(), s=ASEC()),
    L(P, "    request.remote_addr = '95.91.204.66'; request.user = 'mbergstrom'", ['95.91.204.66', 'mbergstrom']),
    L(N, 'sentry_sdk: event ⟨e⟩ captured, release parcel-api@2.7.4.310', e=hx(32)),
    L(N, 'ERROR parcel_api.exports: export exp_7Hd2 failed after 3 retries (code HVS-E5207, trace ⟨t⟩)', t=hx(32)),
]

@group(35, 'customer email', 'Irish')
def g35(): return [
    L(N, 'Ábhar: Fr: [SUP-21511] Suirbhé talún i gCo. na Gaillimhe — tíleanna ar iarraidh'),
    L(P, 'A Sheáin, a chara,', ['Sheáin']),
    L(P, 'Is mise Pádraig Ó Conghaile, feirmeoir i Ros Muc.', ['Pádraig Ó Conghaile']),
    L(P, 'Mo sheoladh: Teach na Trá, Cill Bhriocáin, Ros Muc, Co. na Gaillimhe, H91 X2F7',
      ['Teach na Trá, Cill Bhriocáin, Ros Muc, Co. na Gaillimhe, H91 X2F7']),
    L(P, 'Fón póca: 087 261 4938; ríomhphost: padraig.oconghaile@eircom.net', ['087 261 4938', 'padraig.oconghaile@eircom.net']),
    L(N, 'Níl tíleanna an tionscadail PRJ-71804 le feiceáil ag zúmáil 18; earráid HVS-E4040 sa bhrabhsálaí.'),
    L(C, "Mo phasfhocal don tairseach ná ⟨p⟩ — b'fhéidir go gcabhródh sé sin libh.", ['p'], p=PW(13)),
    L(P, "Íocaíocht: IBAN ⟨i⟩, agus m'uimhir PPS ⟨s⟩.", ['i', 's'],
      i=IBAN('g35-iban', 'IE', 'BOFI90001748213956'), s=PPSN('g35-ppsn', '6418207')),
    L(C, 'Thug mo mhac an eochair seo dom don API: ⟨k⟩', ['k'], k=ANT()),
    L(N, 'Tá QGIS 3.34.6.1 agus an breiseán hvs-tiles 0.9.2 in úsáid agam.'),
    L(C, 'Seo an cód a tháinig chugam i dteachtaireacht téacs: ⟨o⟩', ['o'], o=(lambda x: x[:3] + ' ' + x[3:])(OTP())),
    L(N, 'Le meas, agus go raibh maith agaibh.'),
    L(N, '-- Cruthaíodh an ticéad seo go huathoibríoch ó support@halvard-survey.com (ID ⟨u⟩)', u=UUID()),
]

@group(36, 'support ticket', 'Galician')
def g36(): return [
    L(N, 'Ticket SUP-21530 | Prioridade: media | Servizo: parcel-api | Clúster: hvs-prod-eu1'),
    L(P, 'Cliente: Xosé Manuel Castiñeira Rodríguez, Concello de Lalín', ['Xosé Manuel Castiñeira Rodríguez']),
    L(P, 'Contacto: xmcastineira@gmail.com / 686 214 937', ['xmcastineira@gmail.com', '686 214 937']),
    L(P, 'DNI: ⟨d⟩; enderezo: Rúa Principal 14, 2º esq., 36500 Lalín (Pontevedra)', ['d', 'Rúa Principal 14, 2º esq., 36500 Lalín'],
      d=DNI('g36-dni', '36071842')),
    L(N, 'Problema: a exportación de parcelas a GeoPackage falla co erro HVS-E5207 (request id ⟨r⟩).', r=hx(32)),
    L(C, 'O cliente pegou a súa chave de API no formulario: ⟨k⟩', ['k'], k=HVSK()),
    L(N, 'Axente: lembrámoslle que nunca debe compartir chaves; pode xerar outra en https://portal.halvard-survey.com/settings/api-keys'),
    L(C, 'Axente (nota interna): no rexistro aparece tamén o contrasinal do cliente, ⟨p⟩', ['p'], p=PW()),
    L(P, 'Pagamento domiciliado: IBAN ⟨i⟩', ['i'], i=IBAN('g36-iban', 'ES', '20805801103040017563')),
    L(N, 'Versión do cliente: hvs-cli 1.7.3.208; hash do binario sha256:⟨d⟩', d=hx(64)),
    L(C, 'Nota interna: a cabeceira enviada foi Authorization: Basic ⟨h⟩', ['h'], h=b64('xmcr:' + PW(12))),
    L(N, 'Estado: pendente do cliente; asignado ao grupo L2-parcels'),
    L(P, 'A filla de Xosé Manuel, Uxía Castiñeira, chamou desde o 981 55 73 20 para preguntar polo estado.',
      ['Xosé Manuel', 'Uxía Castiñeira', '981 55 73 20']),
]

# =====================================================================================
HEADER = '# kind\ttext\tmust-vanish\tsource\n'

README_HEAD = """# batch23 - writer 23, lines for a redaction gate

**Who / when / how.** Written by writer 23 (an independent evaluation-data writer acting as a security-minded SRE)
in one ~35-minute session, from the brief only, without reading any other data on the machine and without fetching
anything. Every line was typed by hand into `gen.py`; only the secret bodies (passwords, tokens, keys, cookies, OTPs)
and the look-alike hashes/UUIDs/trace ids are drawn from `random.Random(23)` in a fixed order (g01..g36, left to right).
National ids, IBANs and card numbers are typed as bases; their check digits are computed by the hand-written `ids.py`
(Luhn, ISO 13616 mod 97, Verhoeff, DNI/PPSN mod 23 letters, EMBG mod 11, PINFL 7-3-1 as implemented here,
NUBAN 3-7-3) and registered in `batch23_ids.tsv`. `python3 gen.py && python3 validate.py` rebuilds and checks everything.

**Theme.** Halvard Aerial Survey (HVS), an invented drone land-surveying company: orthophotos, LiDAR, cadastral parcel
maps. Public domain `halvard-survey.com` (portal., api., tiles.), internal `*.hvs.internal`, clusters `hvs-prod-eu1`,
`hvs-prod-ap1`, `hvs-stage`; services flightlog-ingest, ortho-stitch, tile-server, parcel-api, lidar-proc, pilot-app,
billing-svc. Customers are farmers, cooperatives and municipalities around the world, which is why the artefacts come in
18 languages besides English.

## Labelling conventions
- `credential`: the line holds at least one usable secret. Must-vanish lists only the secret part (the password, not
  the user; the token, not `Bearer`; the last path segment of Slack webhooks; the key body of a PEM block; the base64
  blob of a Basic header or a k8s `data:` value) plus any PII on the same line.
- Secrets also include: AWS access key ids, one-time codes (also when spaced as `123 456`), session/CSRF cookies,
  OAuth client secrets, webhook URL tokens, Postmark server tokens that look like UUIDs, customers' own keys pasted in
  prose in any language, Wi-Fi passwords.
- `pii`: data about a natural person: names (also a single given name, and inflected/prefixed forms, listed as they
  occur or as the contiguous stem, e.g. `ആനി വർഗീസിനെ`, `Sheáin`, `Thandiwe Mkhize` inside `NginguThandiwe`), personal
  and named-employee email addresses (work addresses like `yusuf.demirtas@halvard-survey.com` count), phone numbers,
  postal addresses, national ids, IBANs/NUBANs, payment cards, dates of birth, public client IPs (IPv4 and IPv6,
  including an attacker's scanning IP), login handles derived from real names (`hgrunewald`, `mwajuma.k`), personal
  device names and MACs (`Lakshmis-iPhone`).
- Not personal (must survive): role mailboxes (`support@`, `ops@`, `billing@`, `sales-apac@`), service/bot accounts
  (`svc-*`, `*-bot`, `gserviceaccount.com`), RFC 1918 / loopback addresses and company server IPs, hostnames, ports,
  company-wide numbers (none used), ticket/project/invoice numbers, drone model names.
- `negative`: nothing must vanish. Look-alikes kept on purpose: commit SHAs, digests, UUIDs, trace/span/event ids,
  SSH fingerprints, four-part versions, Stripe request/charge ids, Vault lease ids, metric names, error codes, secret
  *references* (`${{ secrets.X }}`, `vault kv get`, `existingSecret:`, `{{ vault_db_password }}`), masked values
  (`***`, `••••Qm7Z`, `[Filtered]`, `[REDACTED]`, last-4 card masks), placeholders (`sk_test_XXXX...`), vendors'
  documented examples (`AKIAIOSFODNN7EXAMPLE`, Stripe test cards 4242 4242 4242 4242 and 4000 0025 0000 3155).
- Identifiers inside a positive line that are not secret (zone ids, Twilio Account SIDs, request ids) are not listed.

## Groups
| group | split | artefact | language | credential | pii | negative | lines |
|---|---|---|---|---|---|---|---|
"""

def build():
    global R
    R = random.Random(23)
    del REG[:]
    rows = {'dev': [], 'test': []}
    table = []
    for num, art, lang, f in G:
        lines = f()
        split = 'dev' if num % 2 == 1 else 'test'
        src = 'writer23 g%02d %s (%s)' % (num, art, lang)
        cnt = {C: 0, P: 0, N: 0}
        for kind, text, mv in lines:
            cnt[kind] += 1
            rows[split].append('%s\t%s\t%s\t%s\n' % (kind, text, ' ||| '.join(mv), src))
        table.append('| g%02d | %s | %s | %s | %d | %d | %d | %d |\n' % (num, split, art, lang, cnt[C], cnt[P], cnt[N], len(lines)))
    out = {
        'batch23_dev.tsv': HEADER + ''.join(rows['dev']),
        'batch23_test.tsv': HEADER + ''.join(rows['test']),
        'batch23_ids.tsv': '# scheme\tkey\tvalue\n' + ''.join('%s\t%s\t%s\n' % r for r in REG),
    }
    n = {k: sum(1 for r in rows['dev'] + rows['test'] if r.startswith(k + '\t')) for k in (C, P, N)}
    out['README.md'] = README_HEAD + ''.join(table) + (
        '\nTotals: %d lines (%d credential, %d pii, %d negative); dev = odd groups (%d lines), test = even groups (%d lines).\n'
        % (sum(n.values()), n[C], n[P], n[N], len(rows['dev']), len(rows['test'])))
    return out

if __name__ == '__main__':
    for name, content in build().items():
        with open(name, 'w', encoding='utf-8', newline='') as fh:
            fh.write(content)
