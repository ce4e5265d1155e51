#!/usr/bin/env python3
"""batch14 generator: hand-typed wording, random bodies from random.Random(1414). stdlib only."""
import base64, ipaddress, json, random, re, string

R = random.Random(1414)
AL = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HX = '0123456789abcdef'
B64 = AL + '+/'
URL = AL + '-_'
ORG = 'brackwaterwater.org'

def rs(n, al=AL):
    return ''.join(R.choice(al) for _ in range(n))

def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def card(prefix, length):
    body = prefix + ''.join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def iban(cc):
    d = lambda n: ''.join(str(R.randint(0, 9)) for _ in range(n))
    if cc == 'DE': bban = d(8) + d(10)
    elif cc == 'GB': bban = R.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + d(6) + d(8)
    elif cc == 'IE': bban = R.choice(['AIBK', 'BOFI']) + d(6) + d(8)
    elif cc == 'NL': bban = R.choice(['ABNA', 'INGB', 'RABO', 'TRIO']) + d(10)
    elif cc == 'ES': bban = d(20)
    elif cc == 'FR':
        b, g, a = d(5), d(5), d(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        bban = b + g + a + '%02d' % key
    else: raise ValueError(cc)
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban

def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))

def ph_us():
    while True:
        ex = R.randint(200, 989)
        if ex != 555 and ex % 100 != 11: break
    area = R.choice([412, 614, 503, 720, 267, 919, 651, 702, 816, 980])
    line = R.randint(0, 9999)
    return R.choice(['(%d) %d-%04d', '+1 %d-%d-%04d', '%d.%d.%04d']) % (area, ex, line)

def ph_uk():
    while True:
        a = R.randint(400, 999)
        if a != 700: break
    return '+44 7%d %06d' % (a, R.randint(0, 999999))

def ph_de():
    return '+49 1%s %08d' % (R.choice(['51', '52', '60', '70', '76']), R.randint(10000000, 99999999))

def ph_fr():
    return '+33 6 ' + ' '.join('%02d' % R.randint(0, 99) for _ in range(4))

def ph_nl():
    return '+31 6 %08d' % R.randint(10000000, 99999999)

def ph_au():
    return '+61 4%02d %03d %03d' % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 999))

def ip4():
    while True:
        a = R.choice([24, 50, 67, 68, 71, 73, 76, 81, 86, 89, 92, 94, 98, 104, 109, 151, 176, 178, 185, 188, 212, 217])
        s = '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global: return s

def ip6():
    pre = R.choice(['2a02:c7c', '2600:1700', '2a01:4b00', '2804:14c', '2406:3003', '2003:e4', '2601:601'])
    parts = pre.split(':')
    while len(parts) < 8:
        parts.append('%x' % R.randint(0, 0xffff))
    return str(ipaddress.IPv6Address(':'.join(parts)))

def priv4(kind):
    if kind == '10': return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if kind == '172': return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if kind == '192': return '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    if kind == 'LL': return '169.254.%d.%d' % (R.randint(1, 254), R.randint(1, 254))
    raise ValueError(kind)

def priv6():
    return str(ipaddress.IPv6Address('fd%02x:%x:%x:%x::%x' % (R.randint(0, 255), R.randint(0, 0xffff),
               R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xff))))

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()

def jwt():
    head = b64u(json.dumps({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(',', ':')).encode())
    iat = 1741000000 + R.randint(0, 900000)
    body = {"sub": rs(12, LO), "iss": R.choice(["https://auth.%s" % ORG, "meterwalk-api", "payportal"]),
            "iat": iat, "exp": iat + 3600, "scope": R.choice(["read:meters", "billing:write", "portal"])}
    return head + '.' + b64u(json.dumps(body, separators=(',', ':')).encode()) + '.' + rs(43, URL)

def pem(kind):
    if kind == 'EC':
        tag, lines = 'EC PRIVATE KEY', ['MHcCAQEEI' + rs(55, B64), rs(64, B64), rs(32, B64) + '==']
    elif kind == 'RSA':
        tag, lines = 'RSA PRIVATE KEY', ['MIIEpAIBAAKCAQEA' + rs(48, B64)] + [rs(64, B64) for _ in range(4)] + [rs(40, B64) + '=']
    elif kind == 'PK':
        tag, lines = 'PRIVATE KEY', ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + rs(32, B64)] + [rs(64, B64) for _ in range(4)] + [rs(28, B64) + '==']
    elif kind == 'OPENSSH':
        tag = 'OPENSSH PRIVATE KEY'
        lines = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + rs(0)]
        lines += [rs(70, B64) for _ in range(3)] + [rs(24, B64) + '=']
    text = '-----BEGIN %s-----\n%s\n-----END %s-----' % (tag, '\n'.join(lines), tag)
    return text, lines

def pw():
    return rs(R.randint(14, 20), AL + '!#%^*-_+=')

def pwu():
    return rs(R.randint(16, 24), AL + '-_.')

# token -> (value, vanish) ; vanish is None, a string, or a list
def gen_token(name, arg):
    V = lambda v: (v, v)
    K = lambda v: (v, None)
    if name in ('N', 'V', 'EMAIL'): return V(arg)
    if name == 'E': return V(arg + '@' + ORG)
    if name == 'AWS': return V('AKIA' + rs(16, string.ascii_uppercase + '234567'))
    if name == 'AWSSEC': return V(rs(40, B64))
    if name == 'GHP': return V('ghp_' + rs(36))
    if name == 'GHS': return V('ghs_' + rs(36))
    if name == 'GHPAT': return V('github_pat_11' + rs(20, UP) + '_' + rs(59))
    if name == 'GLPAT': return V('glpat-' + rs(20, URL))
    if name == 'GLRT': return V('glrt-' + rs(20, URL))
    if name == 'GLDT': return V('gldt-' + rs(20, URL))
    if name == 'XOXB': return V('xoxb-%d-%d-%s' % (R.randint(10**10, 10**12), R.randint(10**12, 10**13), rs(24)))
    if name == 'XOXP': return V('xoxp-%d-%d-%d-%s' % (R.randint(10**10, 10**11), R.randint(10**10, 10**11), R.randint(10**12, 10**13), rs(32, HX)))
    if name == 'JWT': return V(jwt())
    if name == 'OPAQUE': return V(rs(R.choice([32, 40, 48]), AL + '-_'))
    if name == 'PW': return V(pw())
    if name == 'PWU': return V(pwu())
    if name == 'PEM':
        t, lines = pem(arg); return (t, lines)
    if name == 'SLT': return K('T' + rs(8, string.ascii_uppercase + string.digits))
    if name == 'SLB': return K('B' + rs(10, string.ascii_uppercase + string.digits))
    if name == 'SLSEC': return V(rs(24))
    if name == 'DISCSEC': return V(rs(68, URL))
    if name == 'ZAPSEC': return V(rs(7, LO))
    if name == 'STRIPE': return V('sk_live_51' + rs(96))
    if name == 'RK': return V('rk_live_51' + rs(96))
    if name == 'WHSEC': return V('whsec_' + rs(32))
    if name == 'SG': return V('SG.' + rs(22, URL) + '.' + rs(43, URL))
    if name == 'TWAC': return K('AC' + rs(32, HX))
    if name == 'TWAUTH': return V(rs(32, HX))
    if name == 'TWSK': return V('SK' + rs(32, HX))
    if name == 'TWSEC': return V(rs(32))
    if name == 'MG': return V('key-' + rs(32, HX))
    if name == 'DD': return V(rs(32, HX))
    if name == 'PDKEY': return V(rs(32, HX))
    if name == 'AAPK': return V('AAPK' + rs(96, URL))
    if name == 'GOOGLE': return V('AIza' + rs(35, URL))
    if name == 'HVS': return V('hvs.CAESI' + rs(86, URL))
    if name == 'NPM': return V('npm_' + rs(36))
    if name == 'GLSA': return V('glsa_' + rs(32) + '_' + rs(8, HX))
    if name == 'HEXV': return V(rs(int(arg), HX))
    if name == 'URLV': return V(rs(int(arg) - 1, URL) + '%3D')
    if name == 'VISA': return V(card('4', 16))
    if name == 'VISAS':
        c = card('4', 16); return V(' '.join(c[i:i + 4] for i in range(0, 16, 4)))
    if name == 'MC': return V(card('5' + str(R.randint(1, 5)), 16))
    if name == 'MCS':
        c = card('5' + str(R.randint(1, 5)), 16); return V(' '.join(c[i:i + 4] for i in range(0, 16, 4)))
    if name == 'AMEX': return V(card(R.choice(['34', '37']), 15))
    if name == 'AMEXS':
        c = card(R.choice(['34', '37']), 15); return V(c[:4] + ' ' + c[4:10] + ' ' + c[10:])
    if name == 'DISC': return V(card('6011', 16))
    if name == 'IBAN': return V(iban(arg))
    if name == 'IBANS':
        i = iban(arg); return V(' '.join(i[k:k + 4] for k in range(0, len(i), 4)))
    if name == 'SSN': return V(ssn())
    if name == 'PHUS': return V(ph_us())
    if name == 'PHUK': return V(ph_uk())
    if name == 'PHDE': return V(ph_de())
    if name == 'PHFR': return V(ph_fr())
    if name == 'PHNL': return V(ph_nl())
    if name == 'PHAU': return V(ph_au())
    if name == 'IP4': return V(ip4())
    if name == 'IP6': return V(ip6())
    if name == 'PRIV4': return V(priv4(arg))
    if name == 'PRIV6': return V(priv6())
    if name == 'LOOP': return V('127.0.0.1')
    # non-vanishing filler for negatives
    if name == 'SHA': return K(rs(64, HX))
    if name == 'SHA1': return K(rs(40, HX))
    if name == 'HEX': return K(rs(int(arg), HX))
    if name == 'TRACE': return K(rs(32, HX))
    if name == 'SPAN': return K(rs(16, HX))
    if name == 'UUID':
        h = rs(32, HX); h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
        return K('%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
    if name == 'B64': return K(rs(int(arg), B64))
    if name == 'ALNUM': return K(rs(int(arg), LO))
    if name == 'DIG': return K(''.join(str(R.randint(0, 9)) for _ in range(int(arg))))
    if name == 'UPPER': return K(rs(int(arg), string.ascii_uppercase + string.digits))
    if name == 'LOWER': return K(rs(int(arg), string.ascii_lowercase + string.digits))
    raise KeyError(name)

TOK = re.compile(r'«([A-Z0-9]+)(?::([^»]*))?»')

def fill(text):
    mv = []
    def sub(m):
        val, van = gen_token(m.group(1), m.group(2))
        if isinstance(van, list): mv.extend(van)
        elif van: mv.append(van)
        return val
    out = TOK.sub(sub, text)
    seen = []
    for x in mv:
        if x not in seen: seen.append(x)
    return out, seen

# ---------------- hand-written lines ----------------
# Hand-typed wording. «TOKEN» marks a generated value; vanishing tokens feed the must-vanish column.
NEG = 'negative'
GROUPS = [
# g01 dev
('shell-history', [
(NEG, "  512  sudo systemctl restart historian-collector.service"),
(NEG, "  513  journalctl -u historian-collector --since '10 min ago' | grep -c 'tag write ok'"),
(NEG, "  514  export AWS_PROFILE=bmws-scada-readonly"),
(NEG, "  515  aws configure get aws_access_key_id --profile docs-example   # AKIAIOSFODNN7EXAMPLE, straight from the AWS guide"),
(NEG, "  518  read -s PGPASSWORD && export PGPASSWORD"),
(NEG, "  519  sha256sum ignition-8.1.38-linux-x64.zip   # «SHA»"),
(NEG, "  520  ssh-keygen -lf ~/.ssh/id_ed25519.pub   # 256 SHA256:«B64:43» ops-jump01 (ED25519)"),
(NEG, "  521  vault kv get -field=password secret/scada/historian-svc | wc -c"),
(NEG, "  523  curl -s -H \"Authorization: Bearer $PI_WEB_TOKEN\" https://piweb.brackwaterwater.org/piwebapi/dataservers | jq '.Items[].Name'"),
(NEG, "  524  ping -c3 lift-station-07.scada.bmws.local"),
('aws_key', "  516  AWS_ACCESS_KEY_ID=«AWS» AWS_SECRET_ACCESS_KEY=«AWSSEC» aws s3 ls s3://bmws-gis-tiles/"),
('password', "  517  mysql -h billing-ro -u report_ro -p'«PW»' aquabill -e 'select count(*) from invoices'"),
('connection_string', "  522  psql 'postgresql://historian_admin:«PWU»@hist-pg01.scada.bmws.local:5432/pihist'"),
('phone', "  525  twilio api:core:messages:create --from +14125550100 --to '«PHUK»' --body 'pump alarm test'"),
('person_name', "  526  sudo usermod -c '«N:Olusegun Adeyemi», Pump Ops' «V:oadeyemi»"),
('ipv4', "  527  sudo ufw allow from «IP4» to any port 22 comment 'contractor home'"),
('private_address', "  528  ssh -J ops-jump01 svc_scada@«PRIV4:10»"),
]),
# g02 test
('github-actions', [
(NEG, "2025-03-11T09:14:02.118Z ##[group]Run actions/checkout@v4"),
(NEG, "2025-03-11T09:14:05.402Z   STRIPE_SECRET_KEY: ***"),
(NEG, "2025-03-11T09:14:05.403Z   DATABASE_URL: ${{ secrets.PAYPORTAL_DATABASE_URL }}"),
(NEG, "2025-03-11T09:14:31.990Z Run pytest -q tests/payments --card 4242424242424242 --exp 12/34"),
(NEG, "2025-03-11T09:15:10.221Z dependabot[bot] bumped stripe from 8.4.0 to 8.11.0"),
(NEG, "2025-03-11T09:15:44.003Z #12 writing image sha256:«SHA» done"),
(NEG, "2025-03-11T09:15:44.871Z Pushed ghcr.io/bmws/payportal:1.42.0-rc.3"),
(NEG, "2025-03-11T09:15:45.012Z ##[warning]Node.js 16 actions are deprecated. Please update actions/setup-node."),
(NEG, "2025-03-11T09:15:47.300Z Signing with cosign, key ref: awskms:///alias/bmws-cosign"),
(NEG, "2025-03-11T09:15:49.551Z ##[endgroup] Job payportal-build completed in 1m47s"),
('github_token', "2025-03-11T09:14:06.880Z git remote set-url origin https://x-access-token:«GHS»@github.com/bmws/payportal.git"),
('vendor_token', "2025-03-11T09:14:40.117Z DEBUG stripe.api_key resolved to «STRIPE» (mode=live)"),
('jwt', "2025-03-11T09:14:52.644Z smoke: POST /api/v2/autopay 200 cookie=portal_session=«JWT»"),
('card', "2025-03-11T09:14:58.309Z FAIL test_refund_flow: expected last4 only, got full PAN «VISA» from the prod fixture export"),
('email', "2025-03-11T09:14:59.712Z   fixture row 17: customer_email=«EMAIL:liang.wenjun1987@gmail.com»"),
('person_name', "2025-03-11T09:15:02.020Z Triggered by push from «N:Diego Alvarado Ruiz» («V:diego-ar»)"),
]),
# g03 dev
('incident-chat', [
(NEG, "[02:14] pagerbot: INC-2291 triggered: LS-14 wet well level HIGH-HIGH (4.82 m), 2 of 3 pumps running"),
(NEG, "[02:16] oncall-scada: ack, looking at historian trends now"),
(NEG, "[02:19] oncall-scada: pump 3 VFD shows fault F0021, that's the overcurrent trip, not comms"),
(NEG, "[02:21] oncall-scada: RTU creds are in 1Password vault 'SCADA-Field', do NOT paste them here"),
(NEG, "[02:23] pagerbot: escalation policy 'Wastewater Tier 2' notified (2 targets)"),
(NEG, "[02:27] oncall-scada: historian tag LS14.WW.LVL last good value 4.91 at 02:25:40, trending down"),
(NEG, "[02:31] Jenkins: deploy of scada-alarm-router #883 was green at 18:02, unrelated"),
(NEG, "[02:40] oncall-scada: bypass pump requested from the fleet yard, ETA 40 min"),
(NEG, "[02:52] pagerbot: INC-2291 severity changed SEV3 -> SEV2"),
(NEG, "[03:05] oncall-scada: overflow stopped, est. 3,200 gal to the creek, regulator notice due within 24h"),
('password', "[02:33] «N:Kenji Watanabe»: HMI local admin is `admin` / `«PW»`, just use that for now"),
('slack_token', "[02:35] «N:Kenji Watanabe»: the trend-posting script uses «XOXB» if someone wants to rerun it"),
('vendor_token', "[02:44] «N:Fatima Zahra Benali»: texted the crew through Twilio, account «TWAC» auth token «TWAUTH»"),
('phone', "[02:46] «N:Fatima Zahra Benali»: crew lead cell is «PHUS», call if no answer on the radio"),
('card', "[02:49] «N:Fatima Zahra Benali»: a customer on the line wants to pay the reconnection fee now, card «AMEXS» exp 09/27"),
('ipv6', "[03:01] «N:Kenji Watanabe»: odd login to the HMI VPN from «IP6» during the event, flagging for security"),
('private_address', "[02:38] oncall-scada: RTU at «PRIV4:172» answers modbus, so it's the pump not the link"),
]),
# g04 test
('k8s-manifest', [
(NEG, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: meterwalk-api\ntype: Opaque"),
(NEG, "        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: meterwalk-db, key: password}"),
(NEG, "    image: registry.bmws.internal/meterwalk-api@sha256:«SHA»"),
(NEG, "  annotations:\n    vault.hashicorp.com/agent-inject-secret-db: database/creds/meterwalk-rw"),
(NEG, "        envFrom:\n        - secretRef:\n            name: aquabill-sync-env"),
(NEG, "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}"),
(NEG, "  labels:\n    app.kubernetes.io/version: \"10.3.0.7\""),
(NEG, "      resources:\n        limits: {cpu: 500m, memory: 768Mi}"),
(NEG, "  uid: «UUID»"),
(NEG, "kubectl apply -f meterwalk/ --dry-run=server   # secret/meterwalk-api configured (server dry run)"),
('password', "stringData:\n  SMTP_PASSWORD: \"«PW»\""),
('connection_string', "        - name: REDIS_URL\n          value: redis://:«PWU»@meterwalk-redis-master.meterwalk.svc:6379/0"),
('private_key', "stringData:\n  tls.key: |\n«PEM:EC»"),
('ipv6', "  loadBalancerSourceRanges:\n  - «IP6»/128   # vendor support desk"),
('person_name', "    # on-call contact: «N:Nomvula Dlamini» - ask her before scaling the reader pool"),
('ipv4', "  loadBalancerSourceRanges:\n  - «IP4»/32   # meter vendor NOC"),
('private_address', "  clusterIP: «PRIV4:10»"),
]),
# g05 dev
('terraform', [
(NEG, "  # aws_db_instance.aquabill will be updated in-place"),
(NEG, "      ~ password = (sensitive value)"),
(NEG, "      + master_user_secret_kms_key_id = \"alias/bmws-rds\""),
(NEG, "  password = var.billing_db_password"),
(NEG, "  secret_string = jsonencode({ token = data.vault_generic_secret.esri.data[\"api_key\"] })"),
(NEG, "      ~ engine_version = \"15.4\" -> \"15.6\""),
(NEG, "      + arn = (known after apply)"),
(NEG, "Plan: 3 to add, 2 to change, 0 to destroy."),
(NEG, "  cidr_blocks = [\"0.0.0.0/0\"]  # tfsec:ignore:aws-ec2-no-public-ingress-sgr (payment portal ALB)"),
(NEG, "terraform state pull | jq '.serial'   # 412, lineage «UUID»"),
('aws_key', "provider \"aws\" {\n  access_key = \"«AWS»\"\n  secret_key = \"«AWSSEC»\"\n}"),
('github_token', "provider \"github\" {\n  owner = \"bmws\"\n  token = \"«GHP»\"\n}"),
('vendor_token', "  arcgis_api_key = \"«AAPK»\""),
('iban', "variable \"refund_smoke_iban\" { default = \"«IBAN:DE»\" }   # real customer account, replace"),
('ipv6', "      + ipv6_cidr_blocks = [\"«IP6»/128\"]   # GIS contractor"),
('ipv4', "      + cidr_blocks = [\"«IP4»/32\"]   # home office of «N:Siobhán Ní Bhriain»"),
('private_address', "      + private_ip = \"«PRIV4:10»\""),
]),
# g06 test
('support-ticket', [
(NEG, "Ticket #CS-48213 | Category: Billing > High bill dispute | Priority: P3 | Channel: phone"),
(NEG, "Agent note: meter reread scheduled, work order WO-2025-118832 created in WorkHorse"),
(NEG, "Agent note: customer advised of leak adjustment policy section 4.2 (one adjustment per 12 months)"),
(NEG, "Payment on file: Visa ending 4417 (token stored at the gateway, PAN never seen by the agent)"),
(NEG, "Macro applied: 'High usage - check for toilet leak' (macro id 3317)"),
(NEG, "SSN field: ***-**-**** (masked per policy, do not request full SSN)"),
(NEG, "Status changed: Open -> Pending customer by automation rule 'awaiting-reply-72h'"),
(NEG, "Attachment: meter_photo_2025-03-02.jpg (sha1 «SHA1»)"),
(NEG, "Account 7700-41-2291 | Service: 5/8\" residential | Rate class R1"),
(NEG, "CSAT survey sent via Zendesk trigger 'solved-24h'"),
('password', "Customer says the portal password was reset to «PW» by the previous agent, please force a change"),
('bearer', "Escalated to IT: portal API call failing, customer pasted the header Authorization: Bearer «OPAQUE»"),
('webhook', "Integration note: tickets are mirrored via https://hooks.zapier.com/hooks/catch/«DIG:8»/«ZAPSEC»/"),
('person_name', "Caller: «N:Marguerite Lefebvre», account holder since 2011, disputes the Feb bill of $412.18"),
('phone', "Callback number: «PHUS» (mobile, after 5pm)"),
('ssn', "Customer read out SSN «SSN» for the identity check although the agent asked for the last 4 only"),
]),
# g07 dev
('postmortem', [
(NEG, "## Summary\nOn 2025-02-18 the payment portal rejected autopay enrolments for 3h12m after a certificate rotation."),
(NEG, "## Impact\n~1,840 customers saw error PP-502; no duplicate charges; no data exposed."),
(NEG, "## Root cause\nThe new intermediate CA was missing from the ingress trust bundle."),
(NEG, "14:02 cert-manager renewed payportal-tls (serial 4f:1a:93:0c:de:77:21:b8)"),
(NEG, "14:09 first alert from the synthetic check 'autopay-enrol' (Checkly)"),
(NEG, "15:40 rollback attempted, blocked because the previous secret version had already been destroyed"),
(NEG, "Contributing factor: the runbook said to 'paste the key into the ticket'; runbook fixed"),
(NEG, "AI-1: add chain validation to the cert-manager Certificate (owner: platform team, due 2025-03-15)"),
(NEG, "AI-2: rotate the Stripe restricted key as a precaution (done, new key in Vault at kv/payportal/stripe)"),
(NEG, "Blameless note: responder names are kept in the incident record, not in this document."),
('private_key', "Appendix B (REMOVE BEFORE PUBLISHING): the old key that was pasted in the ticket:\n«PEM:RSA»"),
('vendor_token', "Detection gap: the Stripe restricted key «RK» also sat in the CI log for 6 days"),
('gitlab_token', "The hotfix was pushed with a personal token «GLPAT» by «N:Grzegorz Wiśniewski» because CI was down"),
('person_name', "Incident commander: «N:Anjali Deshpande»; comms lead: «N:Eamon Gallagher»"),
('email', "Customer complaint forwarded from «EMAIL:r.okafor@btinternet.com» is attached to the INC record"),
('card', "Example failed charge from the logs: card «MCS» declined with 'do_not_honor'"),
]),
# g08 test
('alert-payload', [
(NEG, '{"status":"firing","labels":{"alertname":"PumpRuntimeHigh","site":"BPS-03","severity":"warning"}}'),
(NEG, '{"annotations":{"runbook_url":"https://runbooks.brackwaterwater.org/scada/pump-runtime","summary":"Pump 2 runtime > 20h/day"}}'),
(NEG, '{"fingerprint":"«HEX:16»","startsAt":"2025-03-09T04:10:00Z","endsAt":"0001-01-01T00:00:00Z"}'),
(NEG, '{"routing_key":"{{ .CommonLabels.pd_routing_key }}","event_action":"trigger"}'),
(NEG, '{"alertname":"HistorianBufferLag","value":"312","labels":{"collector":"pi-coll-02","version":"2023.1.0.1"}}'),
(NEG, '{"receiver":"wastewater-pager","status":"resolved","truncatedAlerts":0}'),
(NEG, '{"dedup_key":"«UUID»","severity":"critical","source":"ls-14-rtu"}'),
(NEG, '{"trace_id":"«TRACE»","span_id":"«SPAN»","msg":"alert routed"}'),
(NEG, '{"alertname":"CertExpirySoon","labels":{"secret":"payportal-tls","namespace":"payportal"},"value":"13d"}'),
(NEG, '{"alertname":"ChlorineResidualLow","site":"WTP-North","value":"0.31 mg/L","threshold":"0.5 mg/L"}'),
('webhook', '{"receiver":"ops-slack","slack_configs":[{"api_url":"https://hooks.slack.com/services/«SLT»/«SLB»/«SLSEC»"}]}'),
('vendor_token', '{"routing_key":"«PDKEY»","event_action":"trigger","payload":{"summary":"LS-14 overflow","source":"alertmanager"}}'),
('bearer', '{"http_config":{"authorization":{"type":"Bearer","credentials":"«OPAQUE»"}}}'),
('email', '{"labels":{"owner":"«E:chidi.okonkwo»","team":"billing"}}'),
('ipv4', '{"alertname":"PortalBruteForce","labels":{"client_ip":"«IP4»","attempts":"214"}}'),
('phone', '{"notify":{"sms_to":"«PHUK»","template":"sev1"}}'),
('private_address', '{"labels":{"instance":"«PRIV4:192»:9100","job":"node"}}'),
]),
# g09 dev
('git-diff', [
(NEG, "diff --git a/config/settings.py b/config/settings.py\nindex 3f2a9c1..8b0d4e7 100644"),
(NEG, "-SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'dev-only-insecure')\n+SECRET_KEY = os.environ['DJANGO_SECRET_KEY']"),
(NEG, "+# docs example: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is the AWS sample secret, not ours"),
(NEG, "+    ESRI_API_KEY: ${ESRI_API_KEY:?must be set}"),
(NEG, "@@ -41,7 +41,9 @@ class MeterReadSerializer(serializers.ModelSerializer):"),
(NEG, "+TEST_CARD = '4000056655665556'  # Stripe visa debit test card"),
(NEG, "+FIXTURE_SSN = '078-05-1120'  # the famous wallet-insert number, never valid"),
(NEG, "-    'HOST': 'localhost',\n+    'HOST': env('DB_HOST'),"),
(NEG, "Signed-off-by: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>"),
(NEG, "+    retry_backoff = [1, 2, 4, 8]  # seconds"),
('github_token', "+GITHUB_TOKEN = '«GHPAT»'  # temp for the release script"),
('slack_token', "+SLACK_BOT_TOKEN = '«XOXB»'"),
('jwt', "+METERWALK_SERVICE_JWT = \"«JWT»\""),
('person_name', "Author: «N:Leilani Kahananui» <«E:leilani.kahananui»>"),
('email', "+REPORT_RECIPIENTS = ['«E:thuy.nguyen»', '«E:hamid.rezaei»']"),
('iban', "+# refund test against a real account «IBAN:GB» - remove!"),
('private_address', "+REDIS_HOST = '«PRIV4:172»'"),
]),
# g10 test
('psql-session', [
(NEG, "aquabill=> \\dt billing.*"),
(NEG, "aquabill=> SELECT count(*) FROM billing.invoice WHERE status = 'OVERDUE';\n count\n-------\n  2817"),
(NEG, "aquabill=> SELECT pg_size_pretty(pg_database_size('aquabill'));   -- 184 GB"),
(NEG, "aquabill=> SET ROLE billing_ro;\nSET"),
(NEG, "aquabill=> SELECT id, card_last4, card_brand FROM payment_method LIMIT 1;\n  id  | card_last4 | card_brand\n 9912 | 4417       | visa"),
(NEG, "aquabill=> \\password report_ro\nEnter new password for user \"report_ro\":\nEnter it again:"),
(NEG, "aquabill=> SELECT md5(account_no) FROM account LIMIT 1;\n «HEX:32»"),
(NEG, "aquabill=> SELECT gen_random_uuid();\n «UUID»"),
(NEG, "aquabill=> EXPLAIN ANALYZE SELECT * FROM meter_read WHERE read_date > now() - interval '1 day';\n Execution Time: 412.551 ms"),
(NEG, "aquabill=> SELECT version();\n PostgreSQL 15.6 on x86_64-pc-linux-gnu"),
('password', "aquabill=> ALTER ROLE portal_app WITH PASSWORD '«PW»';\nALTER ROLE"),
('connection_string', "aquabill=> SELECT * FROM dblink('host=gis-pg.bmws.internal dbname=gis user=gis_reader password=«PWU»', 'select 1') AS t(x int);"),
('aws_key', "aquabill=> SELECT aws_commons.create_aws_credentials('«AWS»', '«AWSSEC»', '');"),
('person_name', "aquabill=> SELECT first_name, last_name, balance FROM customer WHERE id = 55102;\n first_name | last_name | balance\n «N:Ngozi»      | «N:Eze»       | 318.40"),
('ssn', "aquabill=> SELECT tax_id FROM customer_legacy WHERE id = 55102;\n «SSN»"),
('iban', "aquabill=> SELECT iban FROM direct_debit WHERE account_id = 88120;\n «IBAN:DE»"),
]),
# g11 dev
('json-logs', [
(NEG, '{"ts":"2025-03-12T10:01:22.481Z","level":"info","svc":"payportal","msg":"checkout started","trace_id":"«TRACE»"}'),
(NEG, '{"level":"info","msg":"payment_intent created","pi":"pi_3Oq«ALNUM:21»","amount":41218,"currency":"usd"}'),
(NEG, '{"level":"debug","msg":"card tokenized","brand":"visa","last4":"4417","exp":"**/**"}'),
(NEG, '{"level":"info","msg":"stripe key loaded","key":"sk_live_…redacted","source":"vault:kv/payportal/stripe"}'),
(NEG, '{"level":"warn","msg":"rate limited","route":"/api/v2/login","limit":"10/min","client":"masked"}'),
(NEG, '{"level":"info","msg":"webhook verified","event":"evt_1Oq«ALNUM:22»","type":"invoice.paid"}'),
(NEG, '{"level":"error","msg":"upstream timeout","upstream":"aquabill-api","elapsed_ms":30002,"retry":2}'),
(NEG, '{"level":"info","msg":"session issued","session_id_sha256":"«SHA»"}'),
(NEG, '{"level":"info","msg":"build info","version":"1.42.0","commit":"«SHA1»","go":"go1.22.1"}'),
(NEG, '{"level":"info","msg":"healthcheck ok","db":"up","redis":"up","stripe":"up"}'),
('vendor_token', '{"level":"debug","msg":"sendgrid client init","api_key":"«SG»"}'),
('bearer', '{"level":"debug","msg":"outbound request","url":"https://aquabill-api/v1/accounts","headers":{"Authorization":"Bearer «OPAQUE»"}}'),
('jwt', '{"level":"warn","msg":"token expired","token":"«JWT»"}'),
('email', '{"level":"info","msg":"receipt emailed","to":"«EMAIL:kwame.asante@yahoo.com»"}'),
('card', '{"level":"error","msg":"validation failed","field":"card_number","value":"«AMEX»"}'),
('ipv6', '{"level":"info","msg":"login ok","account":"7700-18-0042","ip":"«IP6»"}'),
]),
# g12 test
('pasted-email', [
(NEG, "From: AquaBill Notifications <no-reply@notify.brackwaterwater.org>"),
(NEG, "Subject: [Action required] Quarterly rotation of the payment gateway credentials"),
(NEG, "Hi team, the new credentials are in Vault under kv/payportal/gateway; please do not reply with them."),
(NEG, "The old key (ending ...9fQ2) will be revoked on 31 March."),
(NEG, "Reference: CHG-2025-0311, approved by CAB on 2025-03-06."),
(NEG, "This message was scanned by Mimecast. Message-ID: <«UUID»@notify.brackwaterwater.org>"),
(NEG, "> On Tue, 4 Mar 2025 at 09:12, the Billing Systems team wrote:"),
(NEG, "DKIM-Signature: v=1; a=rsa-sha256; d=brackwaterwater.org; s=sel1; bh=«B64:43»="),
(NEG, "Please use the 'Request access' button in the access portal rather than asking by email."),
(NEG, "Confidentiality notice: this email may contain privileged information."),
('password', "Your temporary SFTP password for the lockbox file drop is «PW» (expires in 7 days)."),
('vendor_token', "Mailgun key for the outage-notice mailer: «MG» - please put it on the new server"),
('connection_string', "The vendor needs the DSN, it is: mssql://lockbox_svc:«PWU»@lockbox-db.bmws.internal:1433/Lockbox"),
('ssn', "Please find my social security number «SSN» for the payment plan application."),
('phone', "Direct line: «PHUS» | Mobile: «PHUS»"),
('iban', "Please refund to my account «IBANS:NL», thank you, «N:Wouter de Vries»"),
]),
# g13 dev
('helm-values', [
(NEG, "image:\n  repository: registry.bmws.internal/workhorse-api\n  tag: \"4.12.0\""),
(NEG, "postgresql:\n  auth:\n    existingSecret: workhorse-pg\n    secretKeys: {adminPasswordKey: postgres-password}"),
(NEG, "ingress:\n  hosts:\n    - host: workorders.brackwaterwater.org"),
(NEG, "env:\n  ESRI_API_KEY: '{{ .Values.secrets.esriApiKey }}'"),
(NEG, "password: \"\"   # set via --set-file at deploy time"),
(NEG, "smtp:\n  password: changeme   # chart default, overridden in prod"),
(NEG, "podAnnotations:\n  checksum/config: «SHA»"),
(NEG, "replicaCount: 3\nautoscaling: {enabled: true, minReplicas: 3, maxReplicas: 8}"),
(NEG, "redis:\n  auth:\n    password: ${REDIS_PASSWORD}"),
(NEG, "serviceAccount:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::«DIG:12»:role/workhorse-irsa"),
('jwt', "auth:\n  staticServiceToken: «JWT»"),
('gitlab_token', "chartRepo:\n  # deploy token for the chart registry\n  username: gitlab+deploy-token-41\n  password: «GLDT»"),
('webhook', "notifications:\n  slack:\n    webhookUrl: https://hooks.slack.com/services/«SLT»/«SLB»/«SLSEC»\n    channel: '#workorders-alerts'"),
('person_name', "maintainers:\n  - name: «N:Astrid Lindqvist»\n    email: «E:astrid.lindqvist»"),
('phone', "oncall:\n  smsNumber: \"«PHNL»\"   # «N:Yusuf Demir»"),
('ipv4', "ingress:\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: \"«IP4»/32\""),
]),
# g14 test
('dotenv', [
(NEG, "# .env.example - copy to .env and fill in"),
(NEG, "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"),
(NEG, "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME"),
(NEG, "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"),
(NEG, "SENDGRID_API_KEY=${SENDGRID_API_KEY}"),
(NEG, "LOG_LEVEL=info"),
(NEG, "TWILIO_AUTH_TOKEN=<from 1Password: Call Centre / Twilio>"),
(NEG, "FEATURE_FLAGS=autopay_v2,paperless_default"),
(NEG, "SESSION_SECRET=   # leave empty in dev, generated at boot"),
(NEG, "APP_VERSION=1.42.0+«HEX:7»"),
('vendor_token', "TWILIO_API_KEY=«TWSK»\nTWILIO_API_SECRET=«TWSEC»"),
('connection_string', "DATABASE_URL=postgres://payportal:«PWU»@payportal-db.cluster-«ALNUM:12».us-east-2.rds.amazonaws.com:5432/payportal"),
('aws_key', "AWS_ACCESS_KEY_ID=«AWS»\nAWS_SECRET_ACCESS_KEY=«AWSSEC»"),
('card', "STRIPE_SMOKE_CARD=«VISA»   # not a test card, this is someone's real card"),
('phone', "ONCALL_SMS=«PHUS»"),
('person_name', "# maintained by «N:Thuy Nguyen», ask before changing"),
]),
# g15 dev
('handover-notes', [
(NEG, "Shift handover - Control Room, night -> day, 2025-03-14 06:00"),
(NEG, "WTP-North: filter 4 backwash completed 03:40, turbidity 0.08 NTU"),
(NEG, "BPS-03 pump 2 still on hand control, LOTO tag #7731 in place"),
(NEG, "Historian collector pi-coll-02 restarted 01:15 after the buffer lag alarm, stable since"),
(NEG, "Control room PC password is in the sealed envelope in the shift safe (unchanged)"),
(NEG, "Chlorine delivery booked for 10:00, driver needs the gate code from the security desk"),
(NEG, "Open work orders: WO-2025-118832, WO-2025-118840 (valve exercise), WO-2025-118851"),
(NEG, "MeterWalk: route 14 sync failed twice, vendor ticket MW-5521 open"),
(NEG, "No customer complaints logged overnight on the taste/odour line"),
(NEG, "Weather: 28 mm forecast after 14:00, pre-position the bypass pump at LS-14"),
('github_token', "«N:Kenji Watanabe» left his GitHub token «GHP» on the sticky note for the HMI repo, please revoke"),
('vendor_token', "Datadog API key for the RTU exporter (prod) is «DD», needed on the new collector"),
('webhook', "Teams hook we use for overflow alerts: https://bmws.webhook.office.com/webhookb2/«UUID»@«UUID»/IncomingWebhook/«HEXV:32»/«UUID»"),
('card', "Caller paid by phone and the agent wrote the full card «VISAS» on the whiteboard - erased now"),
('phone', "Crew lead «N:Diego Alvarado Ruiz» mobile «PHUS» if the bypass pump is late"),
('ipv4', "Repeated VPN failures from «IP4» for user «V:bhalvorsen», reported to security"),
('private_address', "BPS-03 PLC moved to «PRIV4:192», update the HMI driver config"),
]),
# g16 test
('cloud-cli', [
(NEG, "$ aws sts get-caller-identity --query Arn\n\"arn:aws:sts::«DIG:12»:assumed-role/OpsAdmin/ops-session\""),
(NEG, "$ aws secretsmanager describe-secret --secret-id prod/payportal/stripe --query RotationEnabled\ntrue"),
(NEG, "$ az keyvault secret show --vault-name bmws-kv --name esri-key --query id\n\"https://bmws-kv.vault.azure.net/secrets/esri-key/«HEX:32»\""),
(NEG, "$ aws s3 ls s3://bmws-scada-archive/2025/03/ | wc -l\n1488"),
(NEG, "$ gcloud auth list\n  ACTIVE  ACCOUNT\n  *       gis-exporter@bmws-gis.iam.gserviceaccount.com"),
(NEG, "$ aws kms encrypt --key-id alias/bmws-billing --plaintext fileb://acct.txt --query CiphertextBlob --output text\nAQICAHh«B64:60»"),
(NEG, "$ aws ec2 describe-images --owners amazon --filters Name=name,Values='al2023-ami-2023.6.20250303.0*'"),
(NEG, "$ aws iam list-access-keys --user-name svc-historian-export\nAccessKeyId: AKIA****************   Status: Active"),
(NEG, "$ aws logs tail /aws/lambda/meter-ingest --since 5m | grep -c ERROR\n0"),
(NEG, "$ aws ssm get-parameter --name /bmws/meterwalk/db_password --with-decryption --query Parameter.Version\n7"),
('aws_key', "$ aws iam create-access-key --user-name svc-historian-export\n{\"AccessKeyId\": \"«AWS»\", \"SecretAccessKey\": \"«AWSSEC»\", \"Status\": \"Active\"}"),
('jwt', "$ gcloud auth print-identity-token --audiences=https://gis-sync.brackwaterwater.org\n«JWT»"),
('private_key', "$ gcloud iam service-accounts keys create key.json --iam-account gis-exporter@bmws-gis.iam.gserviceaccount.com && jq -r .private_key key.json\n«PEM:PK»"),
('email', "$ gcloud projects add-iam-policy-binding bmws-gis --member=user:«E:rafael.souza» --role=roles/viewer"),
('ipv4', "$ aws ec2 authorize-security-group-ingress --group-id sg-«HEX:17» --protocol tcp --port 443 --cidr «IP4»/32"),
('phone', "$ az communication sms send --sender +18335550142 --recipient \"«PHUS»\" --message 'BMWS: boil water notice lifted'"),
]),
# g17 dev
('access-log', [
(NEG, '203.0.113.7 - - [14/Mar/2025:08:01:12 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"'),
(NEG, '198.51.100.23 - - [14/Mar/2025:08:01:13 +0000] "GET /static/app.9f3c1a.js HTTP/2.0" 200 48211 "-" "Mozilla/5.0"'),
(NEG, '- - - [14/Mar/2025:08:01:15 +0000] "POST /api/v2/login HTTP/2.0" 401 54 "-" "okhttp/4.12.0" rt=0.041'),
(NEG, '0.0.0.0 - - [14/Mar/2025:08:02:00 +0000] "GET /api/v2/meters?token=[FILTERED] HTTP/1.1" 200 912'),
(NEG, '192.0.2.44 - - [14/Mar/2025:08:02:07 +0000] "GET /.env HTTP/1.1" 404 153 "-" "zgrab/0.x"'),
(NEG, '203.0.113.9 - - [14/Mar/2025:08:02:11 +0000] "GET /api/v2/outages?zip=***** HTTP/2.0" 200 3110 "-" "MeterWalk/5.3.1 (Android 14)"'),
(NEG, 'upstream=aquabill-api:8080 upstream_status=502 request_id=«HEX:32»'),
(NEG, '198.51.100.77 - - [14/Mar/2025:08:03:00 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; Googlebot/2.1)"'),
(NEG, "log_format bmws '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent';"),
(NEG, '[error] 31#31: *88122 upstream timed out (110: Connection timed out) while reading response header, upstream: "http://aquabill-api/v1/bill"'),
('bearer', '203.0.113.12 - - [14/Mar/2025:08:03:20 +0000] "GET /api/v2/export?access_token=«OPAQUE» HTTP/1.1" 200 88211'),
('jwt', '203.0.113.15 - - [14/Mar/2025:08:03:31 +0000] "GET /ws/outages?jwt=«JWT» HTTP/1.1" 101 0'),
('gitlab_token', '198.51.100.8 - - [14/Mar/2025:08:03:40 +0000] "GET /api/v4/projects/41/jobs?private_token=«GLPAT» HTTP/1.1" 200 5120 "-" "curl/8.5.0"'),
('ipv4', '«IP4» - - [14/Mar/2025:08:03:44 +0000] "POST /api/v2/autopay HTTP/2.0" 200 91 "-" "Mozilla/5.0 (iPhone)"'),
('ipv6', '«IP6» - - [14/Mar/2025:08:03:47 +0000] "GET /api/v2/bill/latest HTTP/2.0" 200 1840'),
('email', '203.0.113.50 - - [14/Mar/2025:08:03:52 +0000] "GET /api/v2/unsubscribe?email=«V:nadia.haddad%40outlook.com» HTTP/1.1" 200 12'),
]),
# g18 test
('vault-cli', [
(NEG, "$ vault status\nSealed          false\nVersion         1.15.6\nHA Mode         active"),
(NEG, "$ vault kv metadata get kv/payportal/stripe\ncurrent_version    9\ndelete_version_after    0s"),
(NEG, "$ vault write transit/encrypt/billing plaintext=$(base64 <<< \"$ACCOUNT_NO\")\nciphertext    vault:v1:«B64:56»"),
(NEG, "$ vault token lookup -accessor «ALNUM:24»\npolicies    [default scada-read]"),
(NEG, "$ vault read database/creds/meterwalk-rw -format=json | jq .lease_duration\n3600"),
(NEG, "$ vault audit list\nfile/    file    path=/var/log/vault/audit.log"),
(NEG, "$ vault policy read scada-read\npath \"kv/data/scada/*\" { capabilities = [\"read\"] }"),
(NEG, "audit: client_token=hmac-sha256:«HEX:64» path=kv/data/scada/historian-svc"),
(NEG, "$ vault kv get -field=password kv/scada/historian-svc > /dev/null && echo ok\nok"),
(NEG, "$ vault operator raft list-peers\nvault-0    vault-0.vault-internal:8201    leader    true"),
('password', "$ vault kv put kv/scada/historian-svc username=svc_hist password='«PW»'"),
('vendor_token', "$ export VAULT_TOKEN=«HVS»"),
('private_key', "$ vault write pki_int/issue/scada common_name=hist-pi01.scada.bmws.local\nprivate_key    «PEM:RSA»"),
('ssn', "$ vault kv get -field=tax_id kv/customers/55102\n«SSN»"),
('person_name', "$ vault kv get kv/people/oncall\nprimary      «N:Aroha Ngata»\nsecondary    «N:Kenji Watanabe»"),
('ipv4', "audit: remote_address=«IP4» path=kv/data/payportal/stripe operation=read error=\"permission denied\""),
('private_address', "$ export VAULT_ADDR=http://«LOOP»:8200   # local vault agent listener"),
]),
# g19 dev
('issue-tracker', [
(NEG, "BILL-2231 Autopay enrolment fails for accounts with a leading zero | Status: In Progress | Sprint 41"),
(NEG, "BILL-2231 comment by automation-for-jira: linked to PR #812 in bmws/payportal"),
(NEG, "GIS-418 Hydrant layer symbology wrong at zoom 17+ | Component: ArcGIS Enterprise 11.1"),
(NEG, "SEC-77 Rotate the Esri API key after contractor offboarding | Labels: secrets, rotation"),
(NEG, "SEC-77 comment: key rotated, new value in Vault (kv/gis/esri), old one revoked in the developer dashboard"),
(NEG, "MW-5521 Route 14 sync fails | Env: MeterWalk 5.3.1 on Zebra TC52, Android 11"),
(NEG, "SCADA-102 Upgrade Ignition gateway 8.1.33 -> 8.1.38 | Risk: medium | CAB: CHG-2025-0320"),
(NEG, "OPS-900 Story points: 5 | Epic: Historian migration | Fix version: 2025.2"),
(NEG, "BILL-2240 Attachment sanitized_export.csv (SSNs replaced with 000-00-0000)"),
(NEG, "BILL-2231 transition: In Progress -> Code Review by jira-github-bot"),
('gitlab_token', "OPS-912 comment: CI broke because the runner was registered with «GLRT», re-registering now"),
('password', "SCADA-105 description: default RTU web login is still admin/«PW» on 11 of 14 lift stations"),
('bearer', "GIS-420 repro: curl -H 'Authorization: Bearer «OPAQUE»' https://workorders.brackwaterwater.org/api/v1/assets?layer=hydrants"),
('person_name', "BILL-2236 Reporter: «N:Chidi Okonkwo» | Assignee: «N:Mei-Lin Chou»"),
('card', "BILL-2237 Customer card «VISAS» charged twice on 2025-03-03, refund requested"),
('ssn', "BILL-2240 original export (DELETE): acct 7700-52-1183 ssn «SSN»"),
]),
# g20 test
('ai-assistant-chat', [
(NEG, "User: why does my Helm chart render `password: \"\"` when I pass --set-file?"),
(NEG, "Assistant: --set-file reads the file's contents; if the path is wrong you get an empty string. Check the path relative to your working directory."),
(NEG, "User: is AKIAIOSFODNN7EXAMPLE a real key? I saw it in our docs"),
(NEG, "Assistant: No - AKIAIOSFODNN7EXAMPLE is the example key from the AWS documentation and cannot authenticate."),
(NEG, "Assistant: Never paste live credentials here; refer to them as $STRIPE_SECRET_KEY instead."),
(NEG, "User: give me a regex for Slack bot tokens\nAssistant: xoxb-[0-9]+-[0-9]+-[A-Za-z0-9]+"),
(NEG, "User: does 4111 1111 1111 1111 pass Luhn?\nAssistant: Yes; it is the Visa test number most gateways accept in sandbox mode."),
(NEG, "Assistant: Store the DSN in a Kubernetes Secret and reference it with secretKeyRef."),
(NEG, "User: summarise INC-2291 for the board in three bullet points"),
(NEG, "Assistant: Here is the checksum to compare against: «SHA»"),
('connection_string', "User: this connection fails, why? mongodb+srv://meterwalk:«PWU»@mw-prod.«ALNUM:5».mongodb.net/reads"),
('webhook', "User: can you fix this curl? curl -X POST -H 'Content-Type: application/json' -d '{\"content\":\"test\"}' https://discord.com/api/webhooks/«DIG:18»/«DISCSEC»"),
('gitlab_token', "User: my pipeline gets 401 from the API with token «GLPAT», what scopes do I need?"),
('card', "User: validate this card number for me: «MC»"),
('iban', "User: is this IBAN valid? «IBAN:FR»"),
('ipv6', "User: why does the pump-station router show «IP6» as its WAN address when the ISP said it was static?"),
('private_address', "User: I can't reach the historian at [«PRIV6»]:5450 from my laptop, what's wrong?"),
]),
# g21 dev
('ansible', [
(NEG, "TASK [historian : Install PI collector package] ******************************"),
(NEG, "changed: [hist-pi01.scada.bmws.local]"),
(NEG, "    ansible_become_password: \"{{ vault_become_password }}\""),
(NEG, "$ANSIBLE_VAULT;1.1;AES256\n«HEX:64»\n«HEX:64»"),
(NEG, "ok: [lift-rtu-07] => (item=modbus_gateway)"),
(NEG, "TASK [common : authorized_key] ok: key=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«B64:43» deploy-ansible"),
(NEG, "PLAY RECAP ******** hist-pi01 : ok=41 changed=3 unreachable=0 failed=0 skipped=7"),
(NEG, "    no_log: true   # keeps the password out of the callback output"),
(NEG, "    pi_collector_version: \"2023.1.0.12\""),
(NEG, "[WARNING]: Skipping plugin (/usr/lib/python3/dist-packages/ansible/plugins/callback/mail.py)"),
('password', "fatal: [hist-pi02]: FAILED! => {\"msg\": \"login failed\", \"invocation\": {\"module_args\": {\"login_user\": \"svc_hist\", \"login_password\": \"«PW»\"}}}"),
('private_key', "    ansible_ssh_private_key: |\n«PEM:OPENSSH»"),
('slack_token', "    slack_notify_token: \"«XOXP»\""),
('phone', "    pagerduty_sms_fallback: \"«PHFR»\"   # «N:Marguerite Lefebvre»"),
('email', "    letsencrypt_email: «E:yusuf.demir»"),
('ipv6', "    allowed_admin_v6: [\"«IP6»\"]   # vendor remote support"),
('private_address', "[scada_rtus]\nlift-rtu-07 ansible_host=«PRIV4:172»"),
]),
# g22 test
('webhook-deliveries', [
(NEG, "2025-03-14 09:00:01 webhook-relay delivery id=«UUID» event=workorder.created status=200 duration=88ms"),
(NEG, "2025-03-14 09:00:02 verifying X-Hub-Signature-256: sha256=«HEX:64»"),
(NEG, "2025-03-14 09:00:04 Stripe-Signature: t=1741942804,v1=«HEX:64»"),
(NEG, "2025-03-14 09:00:05 endpoint https://hooks.slack.com/services/T********/B**********/************ returned 200"),
(NEG, "2025-03-14 09:00:09 retry 3/5 for delivery «UUID» (endpoint timeout)"),
(NEG, "2025-03-14 09:00:12 payload: {\"event\":\"meter.read\",\"meter\":\"M-0042117\",\"value\":1182.4,\"unit\":\"m3\"}"),
(NEG, "2025-03-14 09:00:15 secret for endpoint 'gis-sync' loaded from env WEBHOOK_GIS_SECRET"),
(NEG, "2025-03-14 09:00:16 github-actions[bot] triggered workflow_dispatch for bmws/gis-sync"),
(NEG, "2025-03-14 09:00:20 disabled endpoint 'old-crm' after 50 consecutive failures"),
(NEG, "2025-03-14 09:00:21 signing secret whsec_... (prefix only shown)"),
('webhook', "2025-03-14 09:00:06 POST https://hooks.slack.com/services/«SLT»/«SLB»/«SLSEC» -> 404 channel_not_found"),
('vendor_token', "2025-03-14 09:00:07 stripe endpoint 'payportal-prod' signing secret = «WHSEC»"),
('bearer', "2025-03-14 09:00:08 outbound headers: {\"Authorization\": \"Bearer «OPAQUE»\", \"Content-Type\": \"application/json\"}"),
('email', "2025-03-14 09:00:10 payload: {\"event\":\"customer.updated\",\"email\":\"«EMAIL:s.mahlangu@webmail.co.za»\"}"),
('phone', "2025-03-14 09:00:11 payload: {\"event\":\"sms.outage_notice\",\"to\":\"«PHAU»\"}"),
('card', "2025-03-14 09:00:13 payload: {\"event\":\"payment.failed\",\"card_number\":\"«DISC»\"}"),
]),
# g23 dev
('worker-logs', [
(NEG, "[2025-03-14 03:00:00,001: INFO/MainProcess] Task meterwalk.ingest_route[«UUID»] received"),
(NEG, "[2025-03-14 03:00:02,410: INFO/ForkPoolWorker-3] route 14: 412 reads parsed, 3 rejected (negative consumption)"),
(NEG, "[2025-03-14 03:00:02,977: WARNING/ForkPoolWorker-2] meter M-0042117 read 1182.4 < previous 1190.0, flagged for reread"),
(NEG, "[2025-03-14 03:00:03,005: INFO/MainProcess] Connected to redis://:**@meterwalk-redis:6379/0"),
(NEG, "[2025-03-14 03:00:09,118: INFO/ForkPoolWorker-1] pushed 409 reads to aquabill batch B-20250314-03"),
(NEG, "[2025-03-14 03:00:09,552: ERROR/ForkPoolWorker-4] AquaBillError 409: duplicate read for meter M-0039921 (idempotency key «HEX:32»)"),
(NEG, "[2025-03-14 03:00:10,000: INFO/MainProcess] celery@meter-worker-6c9f7 ready. (v5.3.6)"),
(NEG, "[2025-03-14 03:00:10,402: DEBUG/ForkPoolWorker-2] using credentials from env METERWALK_API_TOKEN (len=40)"),
(NEG, "[2025-03-14 03:00:11,000: INFO/Beat] Scheduler: Sending due task nightly-ami-reconcile"),
(NEG, "[2025-03-14 03:00:41,210: INFO/ForkPoolWorker-1] Task meterwalk.ingest_route succeeded in 41.2s"),
('connection_string', "[2025-03-14 03:00:12,771: ERROR/MainProcess] consumer: Cannot connect to amqp://meterwalk:«PWU»@rabbitmq.meterwalk.svc:5672//: Connection refused."),
('jwt', "[2025-03-14 03:00:13,104: DEBUG/ForkPoolWorker-3] MeterWalk API auth header X-MW-Token: «JWT»"),
('aws_key', "[2025-03-14 03:00:13,220: DEBUG/ForkPoolWorker-3] boto3 credentials resolved access_key=«AWS» secret_key=«AWSSEC» method=env"),
('ssn', "[2025-03-14 03:00:14,001: WARNING/ForkPoolWorker-2] payment-plan credit check payload logged in clear: applicant_ssn=«SSN»"),
('phone', "[2025-03-14 03:00:15,300: INFO/ForkPoolWorker-4] SMS reread notice queued for «PHUS» (account 7700-39-9921)"),
('ipv4', "[2025-03-14 03:00:16,888: WARNING/ForkPoolWorker-1] device TC52-0117 uploaded from unexpected public IP «IP4»"),
]),
# g24 test
('scanner-report', [
(NEG, "trivy image registry.bmws.internal/payportal:1.42.0\nTotal: 4 (HIGH: 3, CRITICAL: 1)"),
(NEG, "CVE-2024-45337  golang.org/x/crypto  0.28.0 -> 0.31.0  CRITICAL"),
(NEG, "gitleaks: rule=aws-access-token file=docs/setup.md line=14 secret=AKIAIOSFODNN7EXAMPLE (allowlisted: example)"),
(NEG, "gitleaks: rule=generic-api-key file=tests/fixtures/stripe.json secret=REDACTED fingerprint=«SHA1»:tests/fixtures/stripe.json:generic-api-key:8"),
(NEG, "trufflehog: 0 verified secrets, 2 unverified (report id «UUID»)"),
(NEG, "semgrep: python.django.security.hardcoded-secret at config/settings.py:22 - value is an os.environ lookup, false positive"),
(NEG, "nessus: plugin 51192 'SSL Certificate Cannot Be Trusted' on hist-pi01 port 5450"),
(NEG, "checkov: CKV_AWS_16 'Ensure RDS is encrypted' PASSED for aws_db_instance.aquabill"),
(NEG, "trivy: secret scan found a 'PRIVATE KEY' header in testdata/dummy.pem (test fixture, allowlisted)"),
(NEG, "grype: sha256:«SHA» 0 critical, 2 high, 11 medium"),
('github_token', "gitleaks: rule=github-pat file=.github/scripts/release.sh line=7 secret=«GHP» author=«N:Diego Alvarado Ruiz»"),
('slack_token', "trufflehog: VERIFIED Slack token «XOXB» in scada-alarm-router/config.yaml commit «HEX:40»"),
('gitlab_token', "gitleaks: rule=gitlab-pat file=ci/mirror.sh line=3 secret=«GLPAT»"),
('email', "gitleaks: commit «HEX:40» author «E:tomasz.kowalski»"),
('ssn', "DLP scan: bucket bmws-billing-exports/2019/legacy.csv row 881 matched us_ssn «SSN»"),
('iban', "DLP scan: SharePoint Finance/Refunds.xlsx cell C14 matched iban «IBAN:ES»"),
('private_address', "nessus: host «PRIV4:LL» (ls-14-rtu, APIPA fallback) telnet service detected on port 23"),
]),
# g25 dev
('sql-summary', [
(NEG, "Daily billing summary 2025-03-13: invoices issued 4,112 | payments 3,870 | total $612,440.19"),
(NEG, "Arrears buckets: 0-30d 2,817 accts | 31-60d 902 | 61-90d 311 | 90d+ 144"),
(NEG, "Autopay success rate 98.7% (failed: 51, of which 'expired_card' 33)"),
(NEG, "Meter reads by source: AMI 81%, MeterWalk 17%, estimated 2%"),
(NEG, "Rows with masked PAN: 12,004 (format 4***********4417) - compliant"),
(NEG, "Query hash «HEX:16» ran 412 ms, plan cached"),
(NEG, "Leak adjustments approved: 23, total credit $3,104.55"),
(NEG, "Consumption p95 residential: 18.4 m3/month; commercial: 402 m3/month"),
(NEG, "Data quality: 0 rows with SSN outside the tokenized column (check passed)"),
(NEG, "Report generated by report-svc v2.7.1 at 06:00 UTC, job id «UUID»"),
('connection_string', "Connection used: host=aquabill-ro user=report_ro password=«PWU» sslmode=require"),
('password', "Note: report_ro password rotated to «PW» on 03-12, update the scheduler"),
('webhook', "Delivered to the finance Google Chat space via https://chat.googleapis.com/v1/spaces/AAAA«ALNUM:7»/messages?key=«GOOGLE»&token=«URLV:43»"),
('person_name', "Largest arrears: «N:Ngozi Eze» $4,310.22 | «N:Pablo Iturralde» $3,980.00"),
('ssn', "Customers missing tokenized tax id: 55102 («SSN»)"),
('card', "Manual key-in payments (should be 0): 1 - «MC» at call-centre desk 14"),
]),
# g26 test
('grafana-dashboard', [
(NEG, "Panel 'Wet well levels' query: max by (site) (scada_wetwell_level_m{site=~\"LS-.*\"})"),
(NEG, "Annotation 2025-03-14 02:14 'INC-2291 LS-14 overflow' added by grafana-alert-bot"),
(NEG, "Datasource 'PI Historian' url=https://piweb.brackwaterwater.org basicAuthPassword=<secure, set>"),
(NEG, "Variable $site = LS-01,LS-07,LS-14,BPS-03"),
(NEG, "Dashboard uid=«ALNUM:9» version=57 'Pump Station Overview'"),
(NEG, "Stat 'Chlorine residual WTP-North' 0.82 mg/L (thresholds 0.5/4.0)"),
(NEG, "Panel link: /d/«ALNUM:9»/pump-station-overview?orgId=1&var-site=LS-14"),
(NEG, "Loki query {app=\"payportal\"} |= \"declined\" | json | line_format \"{{.last4}}\""),
(NEG, "Alert rule 'HistorianBufferLag' contact point: oncall-scada (PagerDuty integration key stored encrypted)"),
(NEG, "Grafana v10.4.2 (commit «HEX:10»)"),
('vendor_token', "Provisioning: GRAFANA_SA_TOKEN=«GLSA»"),
('slack_token', "Contact point 'ops-slack' settings: token=«XOXB» recipient=#scada-alerts"),
('bearer', "curl -H 'Authorization: Bearer «OPAQUE»' https://grafana.brackwaterwater.org/api/dashboards/uid/pump-station-overview"),
('ipv4', "Table 'Top portal clients (1h)': «IP4» 1,204 req | «IP4» 988 req"),
('email', "Dashboard created by «E:aroha.ngata», last edited by «E:thuy.nguyen»"),
('ipv6', "Geomap tooltip: portal session from «IP6» (Auckland)"),
]),
# g27 dev
('access-review', [
(NEG, "Q1-2025 access review - system: AquaBill (billing) - reviewer group: Finance Systems"),
(NEG, "Role billing_admin: 4 holders, 1 to remove (left the organisation), 0 service accounts"),
(NEG, "Service account svc-report-ro: last used 2025-03-14, owner team Data, keep"),
(NEG, "Bot account jira-github-bot: keep, scoped to bmws/payportal"),
(NEG, "Break-glass account bg-aquabill-01: password sealed, last opened 2024-11-02 (INC-2044)"),
(NEG, "Evidence: export sha256 «SHA» attached to GRC-Q1-17"),
(NEG, "SCADA HMI: shared 'operator' login flagged - replace with named accounts (finding F-3)"),
(NEG, "Decision key: K = keep, R = revoke, M = modify"),
(NEG, "Terminated users cross-checked against the HR feed (0 mismatches)"),
(NEG, "Next review due 2025-06-30"),
('password', "Finding F-4: break-glass password written in the review sheet: «PW» - rotated 2025-03-15"),
('aws_key', "Finding F-5: IAM user legacy-gis-sync still has active key «AWS» (last used 412 days ago)"),
('github_token', "Finding F-6: fine-grained token «GHPAT» owned by a departed contractor is still valid"),
('person_name', "R - «N:Saoirse Byrne» (billing_admin), left 2025-02-28"),
('ssn', "Finding F-7: the HR feed column badge_note holds a full SSN «SSN» for contractor badge 4471"),
('phone', "M - MFA phone for «N:Ivana Petrović» still set to her old number «PHDE»"),
]),
# g28 test
('cron-mail', [
(NEG, "From: Cron Daemon <root@hist-pi01>\nSubject: Cron <root@hist-pi01> /usr/local/bin/pi-archive-rotate.sh"),
(NEG, "rotated archive piarc_20250313.arc (4.1 GB), checksum «SHA»"),
(NEG, "sent 4,398,110,221 bytes  received 412 bytes  93,512,000.11 bytes/sec"),
(NEG, "WARNING: /var/lib/pi disk usage 81% (threshold 85%)"),
(NEG, "certbot renew: no renewals were attempted."),
(NEG, "error: skipping \"/var/log/historian/*.log\" because parent directory has insecure permissions"),
(NEG, "backup-aquabill: pg_dump finished, 18.2 GB, encrypted to age recipient age1«LOWER:58»"),
(NEG, "X-Cron-Env: <MAILTO=ops-cron> <SHELL=/bin/sh> <PATH=/usr/bin:/bin>"),
(NEG, "apt: 3 packages can be upgraded (openssl 3.0.13-0ubuntu3.5)"),
(NEG, "gpg: Good signature from \"BMWS Backup Signing\" using RSA key «HEX:40»"),
('webhook', "+ curl -fsS -X POST -d @status.json https://hooks.slack.com/services/«SLT»/«SLB»/«SLSEC»"),
('connection_string', "+ pg_dump 'postgresql://backup:«PWU»@aquabill-db:5432/aquabill' -Fc -f /backup/aquabill.dump"),
('aws_key', "+ AWS_ACCESS_KEY_ID=«AWS» AWS_SECRET_ACCESS_KEY=«AWSSEC» aws s3 cp /backup/aquabill.dump s3://bmws-backups/"),
('iban', "refund-batch: 3 SEPA credits generated, first to «IBAN:IE» (EUR 84.10)"),
('ipv4', "sshd[2231]: Accepted publickey for backup from «IP4» port 51122 ssh2"),
('person_name', "Reminder: «N:Tomasz Kowalski» to check the offsite tape by Friday"),
]),
# g29 dev
('gitlab-ci', [
(NEG, "Running with gitlab-runner 16.9.1 (782c6ecb) on bmws-k8s-runner-7 «ALNUM:8», system ID: r_«ALNUM:12»"),
(NEG, "$ echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY"),
(NEG, "Login Succeeded"),
(NEG, "$ terraform init -backend-config=\"password=$TF_HTTP_PASSWORD\""),
(NEG, "Masked variable ESRI_API_KEY: [MASKED]"),
(NEG, "Downloading artifacts for build (12881)... sha256=«SHA»"),
(NEG, "$ helm upgrade --install workhorse ./chart --set image.tag=$CI_COMMIT_SHORT_SHA"),
(NEG, "Uploading artifacts... coverage.xml: found 1 matching artifact files and directories"),
(NEG, "WARNING: Job uses deprecated keyword 'only/except'"),
(NEG, "Job succeeded"),
('gitlab_token', "$ git push https://oauth2:«GLPAT»@gitlab.brackwaterwater.org/gis/hydrant-sync.git HEAD:main"),
('private_key', "$ cat $SSH_KEY_FILE   # debug, remove\n«PEM:OPENSSH»"),
('vendor_token', "$ npm config set //registry.npmjs.org/:_authToken «NPM»"),
('person_name', "Pipeline #12881 triggered by «N:Astrid Lindqvist» («V:@alindqvist»)"),
('email', "$ git log -1 --format='%an <%ae>'\n«N:Rafael Souza» <«E:rafael.souza»>"),
('ipv6', "$ curl -6 -s ifconfig.co\n«IP6»"),
]),
# g30 test
('proxy-config', [
(NEG, "frontend fe_portal\n    bind :443 ssl crt /etc/haproxy/certs/payportal.pem alpn h2,http/1.1"),
(NEG, "    http-request set-header X-Forwarded-Proto https"),
(NEG, "    http-request del-header Authorization if { path_beg /static }"),
(NEG, "backend be_aquabill\n    balance roundrobin\n    option httpchk GET /health"),
(NEG, "    stats auth admin:${HAPROXY_STATS_PASSWORD}"),
(NEG, "    acl is_scanner hdr_sub(user-agent) -i zgrab masscan"),
(NEG, "    http-request deny if { src -f /etc/haproxy/blocklist.txt }"),
(NEG, "acl scada_vendors dstdomain .inductiveautomation.com .aveva.com"),
(NEG, "    server app1 aquabill-1.bmws.internal:8080 check inter 2s rise 2 fall 3"),
(NEG, "    log-format \"%ci:%cp [%tr] %ft %b/%s %ST %B %{+Q}r\""),
('password', "    stats auth admin:«PWU»"),
('bearer', "    http-request set-header Authorization \"Bearer «OPAQUE»\" if { path_beg /arcgis }"),
('webhook', "    # 5xx spikes are posted to https://hooks.slack.com/services/«SLT»/«SLB»/«SLSEC» by haproxy-alert.lua"),
('ipv4', "acl vendor_support src «IP4»/32"),
('person_name', "# change 2025-03-10 by «N:Eamon Gallagher»: allow the vendor support range"),
('ipv6', "acl vendor_support6 src «IP6»/128   # ask «E:grzegorz.wisniewski» before removing"),
('private_address', "    server hist1 «PRIV4:192»:5450 check"),
]),
]


def main():
    rows = {'dev': [], 'test': []}
    for n, (ctx, lines) in enumerate(GROUPS, 1):
        split = 'dev' if n % 2 == 1 else 'test'
        for kind, text in lines:
            t, mv = fill(text)
            if kind == 'negative' and mv:
                raise SystemExit('negative with vanish tokens: %r' % text)
            t = t.replace('\t', '    ').replace('\n', '\\n')
            rows[split].append((kind, t, '|'.join(mv), 'writer14 g%02d-%s' % (n, ctx)))
    for split, rr in rows.items():
        with open('batch14_%s.tsv' % split, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n')
            for r in rr:
                f.write('\t'.join(r) + '\n')
        print(split, len(rr))

if __name__ == '__main__':
    main()
