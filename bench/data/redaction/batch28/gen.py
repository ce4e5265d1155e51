#!/usr/bin/env python3
"""writer28 generator: builds batch28_dev.tsv, batch28_test.tsv, batch28_ids.tsv, README.md.

Theme: Marrowfield Seed Co-op (heirloom seed bank + germination lab + member seed-swap market).
Secret bodies come from random.Random(28) in the fixed order the lines are written below;
non-secret look-alikes (SHAs, digests, UUIDs, trace ids) come from a separate random.Random(2828)
so they never consume secret draws. ids/IBANs/cards are typed bases + check digits from ids.py.
"""
import base64
import json
import os
import random
import string

import ids

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(28)      # secret bodies, fixed order
NZ = random.Random(2828)   # look-alike noise for negatives

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LOW = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = AL + "+/"
URLSAFE = AL + "-_"
SYM = AL + "!#%*-_=+."

SECRETS = []   # every secret body drawn, for validate.py
IDS = []       # (scheme, key, value)
GROUPS = []    # dicts: gid, artefact, lang, lines[(kind, text, [mv])]


def _s(v):
    SECRETS.append(v)
    return v


def rs(n, alpha=AL):
    return _s("".join(R.choice(alpha) for _ in range(n)))


def pw(n=18):
    # password with symbols but never a char that breaks URLs/TSV/quoting
    while True:
        v = "".join(R.choice(SYM) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c in "!#%*-_=+." for c in v):
            return _s(v)


def pwu(n=20):
    return rs(n, AL)


def digits(n):
    return _s(str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(n - 1)))


def otp():
    return _s("".join(R.choice(string.digits) for _ in range(6)))


def b64(s):
    return _s(base64.b64encode(s.encode()).decode())


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# vendor formats -------------------------------------------------------------
def ghp(): return _s("ghp_" + "".join(R.choice(AL) for _ in range(36)))
def gh_fine(): return _s("github_pat_11" + "".join(R.choice(UP) for _ in range(20)) + "_" + "".join(R.choice(AL) for _ in range(59)))
def glpat(): return _s("glpat-" + "".join(R.choice(URLSAFE) for _ in range(20)))
def akia(): return _s("AKIA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)))
def aws_secret(): return rs(40, B64)
def sk_live(): return _s("sk_live_51" + "".join(R.choice(AL) for _ in range(97)))
def rk_live(): return _s("rk_live_51" + "".join(R.choice(AL) for _ in range(97)))
def whsec(): return _s("whsec_" + "".join(R.choice(AL) for _ in range(32)))
def aiza(): return _s("AIza" + "".join(R.choice(URLSAFE) for _ in range(35)))
def sendgrid(): return _s("SG." + "".join(R.choice(URLSAFE) for _ in range(22)) + "." + "".join(R.choice(URLSAFE) for _ in range(43)))
def npm(): return _s("npm_" + "".join(R.choice(AL) for _ in range(36)))
def pypi(): return _s("pypi-AgEIcHlwaS5vcmc" + "".join(R.choice(URLSAFE) for _ in range(70)))
def hvs(): return _s("hvs.CAESI" + "".join(R.choice(URLSAFE) for _ in range(81)))
def dop(): return _s("dop_v1_" + "".join(R.choice(HEX) for _ in range(64)))
def hexs(n=32): return rs(n, HEX)
def xoxb(): return _s("xoxb-%s-%s-%s" % (digits(12), digits(13), "".join(R.choice(AL) for _ in range(24))))
def xoxp(): return _s("xoxp-%s-%s-%s-%s" % (digits(12), digits(12), digits(13), "".join(R.choice(HEX) for _ in range(32))))
def slack_hook_secret(): return rs(24, AL)
def openai(): return _s("sk-proj-" + "".join(R.choice(URLSAFE) for _ in range(74)) + "T3BlbkFJ" + "".join(R.choice(URLSAFE) for _ in range(74)))
def anthropic(): return _s("sk-ant-api03-" + "".join(R.choice(URLSAFE) for _ in range(93)) + "AA")
def shpat(): return _s("shpat_" + "".join(R.choice(HEX) for _ in range(32)))
def glsa(): return _s("glsa_" + "".join(R.choice(AL) for _ in range(32)) + "_" + "".join(R.choice(HEX) for _ in range(8)))
def nrak(): return _s("NRAK-" + "".join(R.choice(UP) for _ in range(27)))
def dckr(): return _s("dckr_pat_" + "".join(R.choice(URLSAFE) for _ in range(27)))
def hf(): return _s("hf_" + "".join(R.choice(string.ascii_letters) for _ in range(34)))
def tg_bot(): return _s("%s:AA%s" % (digits(10), "".join(R.choice(URLSAFE) for _ in range(33))))
def mailgun(): return _s("key-" + "".join(R.choice(HEX) for _ in range(32)))
def linear(): return _s("lin_api_" + "".join(R.choice(AL) for _ in range(40)))
def atlassian(): return _s("ATATT3xFfGF0" + "".join(R.choice(URLSAFE) for _ in range(170)) + "=" + "".join(R.choice(UP) for _ in range(8)))
def sntrys(): return _s("sntrys_eyJpYXQiOjE3" + "".join(R.choice(AL) for _ in range(60)))
def azure_key(): return _s("".join(R.choice(B64) for _ in range(86)) + "==")
def cf_token(): return rs(40, URLSAFE)
def twilio_sid(): return "AC" + "".join(NZ.choice(HEX) for _ in range(32))   # account SID: identifier, not secret
def pd_key(): return rs(32, HEX)
def discord_tok(): return rs(68, URLSAFE)
def jwt(sub):
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps({"sub": sub, "iat": 1733300000 + R.randint(0, 90000), "scope": "orders:write"}, separators=(",", ":")).encode())
    sig = "".join(R.choice(URLSAFE) for _ in range(43))
    return _s("%s.%s.%s" % (head, body, sig))
def ssh_priv(): return _s("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + "".join(R.choice(B64) for _ in range(180)))
def rsa_priv(): return _s("MIIEowIBAAKCAQEA" + "".join(R.choice(B64) for _ in range(220)))
def ec_priv(): return _s("MHcCAQEEI" + "".join(R.choice(B64) for _ in range(150)))
def bcrypt(): return _s("$2b$12$" + "".join(R.choice(AL + "./") for _ in range(53)))
def cookie(n=48): return rs(n, URLSAFE)


# look-alike noise (not secrets) ------------------------------------------------
def sha1(): return "".join(NZ.choice(HEX) for _ in range(40))
def sha7(): return "".join(NZ.choice(HEX) for _ in range(7))
def sha256(): return "".join(NZ.choice(HEX) for _ in range(64))
def trace(): return "".join(NZ.choice(HEX) for _ in range(32))
def span(): return "".join(NZ.choice(HEX) for _ in range(16))
def uuid():
    h = "".join(NZ.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + NZ.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
def fp(): return "SHA256:" + "".join(NZ.choice(AL + "+/") for _ in range(43))


def reg(scheme, key, value):
    assert ids.check(scheme, value), (scheme, value)
    IDS.append((scheme, key, value))
    return value


# line builders -----------------------------------------------------------------
def G(gid, artefact, lang):
    GROUPS.append({"gid": gid, "artefact": artefact, "lang": lang, "lines": []})


def _add(kind, text, mv):
    g = GROUPS[-1]
    assert "\t" not in text and "\n" not in text, text
    for m in mv:
        assert m and m in text, (g["gid"], m, text)
    g["lines"].append((kind, text, list(mv)))


def C(text, *mv): _add("credential", text, mv)
def P(text, *mv): _add("pii", text, mv)
def N(text): _add("negative", text, [])


# =====================================================================================
def g01():
    G("g01", "Slack incident thread", "English")
    N("[09:12] incident-bot: SEV-3 declared for germlab-svc in #inc-2291, commander is whoever holds the sre-primary rotation")
    p = pwu(22)
    C(f"[09:14] <@U04KQ7M2P> rotated catalog-api db creds, interim DSN is postgres://catalog_rw:{p}@pg-main.mfs.internal:5432/catalog until the Vault sync runs", p)
    t = ghp()
    C(f"[09:16] <@U04KQ7M2P> also the PAT the pack-line runner uses got echoed into the build log: {t} - revoking it now", t)
    N(f"[09:18] <@U04KQ7M2P> offending deploy is commit {sha1()} -> registry.mfs.internal/germlab-svc@sha256:{sha256()}")
    p2 = pw(14)
    C(f"[09:21] <@U03ZT1LQ8> fwiw the old grafana login was admin / {p2} and it is still on the wiki page, please nuke it", p2)
    N("[09:25] grafana-bot: [FIRING:1] GermlabPdfCacheMismatch germlab_pdf_cache_key_collisions_total > 0 on mfs-prod-euw1 (runbook RB-044)")
    h = slack_hook_secret()
    C(f"[09:30] <@U03ZT1LQ8> test hook for the lab alerts channel: https://hooks.slack.com/services/T02M8KJ4Q/B06PX3N1V/{h}", h)
    P("[09:33] <@U05B2W9RA> the customer who reported it is Rosalind Achterberg, rosalind.achterberg@gmail.com - her germ-test PDF showed someone else's batch",
      "Rosalind Achterberg", "rosalind.achterberg@gmail.com")
    P("[09:35] <@U05B2W9RA> she rang from +44 7911 482653 and confirmed her shipping address as 27 Lindley Road, Huddersfield HD3 3AT",
      "+44 7911 482653", "27 Lindley Road, Huddersfield HD3 3AT")
    P("[09:41] <@U04KQ7M2P> the batch she saw is Tomasz Wierzbicki's tomato trial, I'll write to him separately once legal signs off",
      "Tomasz Wierzbicki")
    P("[09:44] <@U03ZT1LQ8> the PDF fetch came from 86.142.57.203 which is her home broadband, so not a scraper", "86.142.57.203")
    N("[09:50] <@U05B2W9RA> reminder: creds live at `vault kv get secret/mfs-prod/catalog-api/db`, nobody needs to DM them")
    N(f"[09:52] incident-bot: trace {trace()} attached, follow-up MFS-1187 filed, status -> mitigated")


def g02():
    G("g02", "Helm values file", "English")
    N("# values-prod.yaml for germlab-svc, chart germlab 2.7.1, cluster mfs-lab-onprem (reviewed in MFS-1150)")
    N(f"image: {{repository: registry.mfs.internal/germlab-svc, tag: \"2.7.1.318\", digest: \"sha256:{sha256()}\"}}")
    N("database: {host: pg-lab.mfs.internal, port: 5432, existingSecret: germlab-db-credentials, existingSecretPasswordKey: password}")
    m = pwu(24)
    C(f"smtp: {{host: smtp.eu.mailgun.org, port: 587, username: postmaster@mg.marrowfieldseeds.com, password: \"{m}\"}}", m)
    a, b = akia(), aws_secret()
    C(f"s3: {{bucket: mfs-germlab-images, region: eu-west-1, accessKeyId: {a}, secretAccessKey: \"{b}\"}}", a, b)
    d = hexs(32)
    C(f"datadog: {{site: datadoghq.eu, apiKey: {d}, tags: [\"team:lab\", \"env:prod\"]}}", d)
    o = rs(40, URLSAFE)
    C(f"oidc: {{issuer: https://sso.marrowfieldseeds.com/realms/staff, clientId: germlab-ui, clientSecret: \"{o}\"}}", o)
    P("labAdmins: [\"hilde.varga@marrowfieldseeds.com\", \"kwame.obuya@marrowfieldseeds.com\"]",
      "hilde.varga@marrowfieldseeds.com", "kwame.obuya@marrowfieldseeds.com")
    P("# escalation for chamber alarms: Dr. Hilde Varga, mobile +36 30 418 2276, then the lab duty phone",
      "Hilde Varga", "+36 30 418 2276")
    P("ingressAllowlist: [\"10.40.0.0/16\", \"82.132.219.41/32\"]  # second entry is Aoife Brennan's home IP for remote microscope access",
      "82.132.219.41", "Aoife Brennan")
    P("# chart owner: @kobuya (Kwame Obuya) - ping him before bumping the chamber-sensor subchart", "@kobuya", "Kwame Obuya")
    N("resources: {limits: {cpu: \"2\", memory: 4Gi}, requests: {cpu: 500m, memory: 1Gi}}")
    N(f"podAnnotations: {{checksum/config: {sha256()}, prometheus.io/port: \"9102\"}}")


def g03():
    G("g03", ".env file", "Mandarin Chinese (Simplified)")
    N("# === swap-market 生产环境配置（集群 mfs-prod-euw1）—— 请勿提交到 Git，改动需在 MFS-1203 中记录 ===")
    p = pwu(20)
    C(f"DATABASE_URL=mysql://swap_app:{p}@mysql-swap.mfs.internal:3306/swap?charset=utf8mb4", p)
    k = sk_live()
    C(f"STRIPE_SECRET_KEY={k}  # 上周从测试密钥切换为正式密钥", k)
    s = rs(30)
    C(f"ALIYUN_SMS_ACCESS_KEY_SECRET={s}  # 王晓梅提供的，下周迁移到 KMS 后删除", s, "王晓梅")
    j = rs(48, URLSAFE)
    C(f"JWT_SIGNING_SECRET={j}  # 换了之后所有会员需要重新登录", j)
    N("STRIPE_PUBLISHABLE_KEY=pk_live_51MfsSwapPublicKeyShownInCheckoutJs  # 可公开，前端结账页本来就会暴露")
    P("# 测试账号联系人：陈建国，手机 139 1056 2287，邮箱 chenjianguo1984@163.com",
      "陈建国", "139 1056 2287", "chenjianguo1984@163.com")
    cid = reg("cn_resident_id", "g03_zhang", ids.cn_id("31010419880612442"))
    P(f"# 种子管理员实名认证：张丽华，身份证号 {cid}", "张丽华", cid)
    c = reg("card", "g03_liu_unionpay", ids.card("622202123456789012"))
    P(f"# 退款对账临时用刘芳的个人银行卡 {c}（月底前必须换成公司账户）", "刘芳", c)
    P("# 默认退货地址（个人住址，勿外传）：上海市徐汇区漕溪北路331弄12号402室 周宇 收",
      "上海市徐汇区漕溪北路331弄12号402室", "周宇")
    N("SENTRY_RELEASE=swap-market@3.18.0.442")
    N("REDIS_URL=redis://redis-swap.mfs.internal:6379/2  # 内网，无密码，靠 NetworkPolicy 隔离")
    N("# 飞书机器人密钥统一从 Vault 读取：vault kv get -field=webhook secret/mfs-prod/swap-market/feishu")
    N("FEISHU_WEBHOOK=${FEISHU_WEBHOOK_URL}  # 由 CI 注入，本地留空即可")


def g04():
    G("g04", "GitLab CI job log", "Cantonese (Traditional)")
    N(f"Running with gitlab-runner 16.11.1 (535ced5f) on mfs-runner-03 {sha7()}，今次建置 pack-line 映像")
    N(f"$ echo \"開始建置 pack-line，commit {sha1()}，分支 main\"")
    t = glpat()
    C(f"$ git clone https://oauth2:{t}@gitlab.mfs.internal/ops/pack-line.git  # 阿明話暫時用住佢個人 token 先", t, "阿明")
    N("$ echo \"註冊表密碼用 $CI_REGISTRY_PASSWORD，唔好寫死喺 .gitlab-ci.yml 度\"")
    d = dckr()
    C(f"$ docker login -u mfsbuild -p {d} docker.io  # 警告：用 --password-stdin 先啱", d)
    n = npm()
    C(f"$ echo \"//registry.npmjs.org/:_authToken={n}\" > .npmrc  # 搞掂之後記得刪咗佢", n)
    p = pw(16)
    C(f"[debug] 連接 label-gw 用嘅帳號係 label_svc，密碼 {p}，陳嘉欣話下個月會換", p, "陳嘉欣")
    P("[test] 測試訂單收件人：李志明，電話 9123 4867，地址：九龍旺角彌敦道 688 號 12 樓 B 室",
      "李志明", "9123 4867", "九龍旺角彌敦道 688 號 12 樓 B 室")
    hk = reg("hk_hkid", "g04_wong", ids.hkid("K", "582137"))
    P(f"[fixture] 會員資料 seed：黃詠詩，身份證號碼 {hk}，出生日期 1991-07-23", "黃詠詩", hk, "1991-07-23")
    P("[notify] 已經電郵通知 wingsze.wong88@yahoo.com.hk 話佢嘅種子訂單出咗貨", "wingsze.wong88@yahoo.com.hk")
    P("[notify] 已經 SMS 通知 6123 8890（李志明太太），話個包裹遲咗一日", "6123 8890", "李志明")
    N("[test] 用 Stripe 測試卡 4242 4242 4242 4242 跑結帳流程，全部 37 個測試通過")
    N(f"Uploading artifacts... pack-line-report.xml，job 8812345，pipeline 441207，trace id {trace()}")
    N("ERROR: Job failed: exit code 137（OOMKilled），請睇 runbook RB-019 調高 memory limit")


def g05():
    G("g05", "shell session", "English")
    N("ops@bastion-01:~$ kubectl --context mfs-prod-euw1 -n swap get pods -l app=swap-market -o wide")
    N(f"swap-market-7d9f8c6b5-x2kqp   1/1   Running   0   3d4h   10.42.3.17   ip-10-42-3-4.eu-west-1.compute.internal   uid {uuid()}")
    p = pw(20)
    C(f"ops@bastion-01:~$ mysql -h mysql-swap.mfs.internal -u swap_admin -p'{p}' swap -e 'select count(*) from listings'", p)
    a, b = akia(), aws_secret()
    C(f"ops@bastion-01:~$ AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={b} aws s3 ls s3://mfs-swap-photos/2024/12/", a, b)
    u = "ops-readonly"
    bp = pw(16)
    ba = b64(f"{u}:{bp}")
    C(f"ops@bastion-01:~$ curl -s -H 'Authorization: Basic {ba}' https://prometheus.mfs.internal/api/v1/query?query=up", ba)
    v = hvs()
    C(f"ops@bastion-01:~$ export VAULT_TOKEN={v}", v)
    P("ops@bastion-01:~$ grep -i 'b.okafor' /var/log/swap/audit.log | tail -1   # Blessing Okafor says her listing vanished",
      "b.okafor", "Blessing Okafor")
    P("2024-12-03T11:02:44Z listing.delete user=blessing.okafor@outlook.com ip=102.89.45.117 listing=L-558201",
      "blessing.okafor@outlook.com", "102.89.45.117")
    P("ops@bastion-01:~$ # her second account is under Blessing Okafor-Adeyemi, DOB 14/02/1987, same phone 0803 512 7749",
      "Blessing Okafor-Adeyemi", "14/02/1987", "0803 512 7749")
    P("ops@bastion-01:~$ last -i | head -1  ->  jmorrow  pts/1  81.98.205.17  Tue Dec  3 10:14   still logged in", "jmorrow", "81.98.205.17")
    N("ops@bastion-01:~$ ssh-keygen -lf ~/.ssh/id_ed25519.pub")
    N(f"256 {fp()} ops@bastion-01 (ED25519)")
    N("ops@bastion-01:~$ echo $AWS_SECRET_ACCESS_KEY | wc -c   # just checking it is set, prints 41")


def g06():
    G("g06", "JSON audit log", "English")
    N(f'{{"ts":"2024-12-02T08:14:07.551Z","actor":"svc-seedvault-indexer","action":"index.rebuild","target":"seedvault/accessions","request_id":"{uuid()}","result":"ok"}}')
    P('{"ts":"2024-12-02T08:20:13.004Z","actor":"marisol.quintero@marrowfieldseeds.com","action":"member.export","target":"member/88213","client_ip":"189.203.44.12"}',
      "marisol.quintero@marrowfieldseeds.com", "189.203.44.12")
    P('{"ts":"2024-12-02T08:21:40.772Z","actor":"usr_5521","action":"member.update","changes":{"full_name":["Nkechi Adebayo","Nkechi Adebayo-Lund"],"dob":"1979-05-30"}}',
      "Nkechi Adebayo", "Nkechi Adebayo-Lund", "1979-05-30")
    ib = reg("iban", "g06_payout", ids.iban("NL", "INGB0007348812"))
    P(f'{{"ts":"2024-12-02T08:22:05.118Z","actor":"usr_5521","action":"payout.update","member_id":77310,"iban_new":"{ib}","iban_old":"NL** **** **** **** 12"}}', ib)
    bsn = reg("nl_bsn", "g06_bsn", ids.nl_bsn("17392648"))
    P(f'{{"ts":"2024-12-02T08:22:31.870Z","actor":"usr_5521","action":"member.address.change","address":"Kastanjelaan 41, 3581 BD Utrecht","phone":"06 41 27 83 90","bsn":"{bsn}"}}',
      "Kastanjelaan 41, 3581 BD Utrecht", "06 41 27 83 90", bsn)
    k = rs(32, AL)
    C(f'{{"ts":"2024-12-02T09:01:17.332Z","actor":"svc-ci","action":"apikey.create","scope":"catalog:read","key":"mfs_live_{k}"}}', k)
    p = pw(15)
    C(f'{{"ts":"2024-12-02T09:03:54.090Z","actor":"anonymous","action":"auth.login.failed","user":"r.haddad","password_attempt":"{p}","reason":"bad_password"}}',
      p, "r.haddad")
    s = sendgrid()
    C(f'{{"ts":"2024-12-02T09:10:26.417Z","actor":"usr_1043","action":"integration.update","name":"sendgrid","config":{{"api_key":"{s}","from":"noreply@marrowfieldseeds.com"}}}}', s)
    ck = cookie(43)
    C(f'{{"ts":"2024-12-02T09:12:02.655Z","actor":"usr_1043","action":"session.create","set_cookie":"mfs_sess={ck}; HttpOnly; Secure; SameSite=Lax"}}', ck)
    N('{"ts":"2024-12-02T09:15:48.231Z","actor":"svc-swap-market","action":"secret.read","path":"secret/mfs-prod/swap-market/stripe","policy":"swap-ro","result":"ok"}')
    N('{"ts":"2024-12-02T09:16:09.905Z","actor":"usr_1043","action":"apikey.revoke","key_id":"ak_01HF3Q9ZK2M7","key_masked":"mfs_live_****************7Qx2"}')
    N(f'{{"ts":"2024-12-02T09:30:00.000Z","actor":"deploy-bot","action":"deploy","service":"catalog-api","sha":"{sha1()}","version":"5.2.0.1147"}}')
    N('{"ts":"2024-12-02T09:31:12.447Z","actor":"usr_7781","action":"mfa.enroll","method":"totp","result":"ok","error_code":null}')


def g07():
    G("g07", "psql session", "Punjabi (Gurmukhi)")
    p = pwu(18)
    C(f"$ psql \"postgresql://billing_owner:{p}@pg-billing.mfs.internal:5432/member_billing?sslmode=require\"  -- ਗੁਰਪ੍ਰੀਤ ਨੇ ਕਿਹਾ ਇਹ ਪਾਸਵਰਡ ਕੱਲ੍ਹ ਬਦਲਾਂਗੇ",
      p, "ਗੁਰਪ੍ਰੀਤ")
    N("member_billing=> \\dt  -- ਸਾਰੀਆਂ ਟੇਬਲਾਂ ਦੀ ਸੂਚੀ: invoices, members, payouts, seed_credits")
    N("member_billing=> SELECT id, status FROM invoices WHERE id = 'INV-2024-118903';  -- ਟਿਕਟ MFS-1219 ਵਾਸਤੇ")
    N(f" INV-2024-118903 | paid | {uuid()}")
    P("member_billing=> SELECT * FROM members WHERE email = 'harpreet.kaur.ldh@gmail.com';  -- ਹਰਪ੍ਰੀਤ ਕੌਰ ਦੀ ਸ਼ਿਕਾਇਤ",
      "harpreet.kaur.ldh@gmail.com", "ਹਰਪ੍ਰੀਤ ਕੌਰ")
    aa = reg("in_aadhaar", "g07_harpreet", ids.aadhaar("73058162944"))
    P(f" 40912 | ਹਰਪ੍ਰੀਤ ਕੌਰ | +91 98140 37215 | ਆਧਾਰ {aa} | 1993-11-02", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "+91 98140 37215", aa, "1993-11-02")
    P(" 40912 | ਮਕਾਨ ਨੰ. 214, ਗਲੀ ਨੰ. 3, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ 141002 | ਸਰਗਰਮ",
      "ਮਕਾਨ ਨੰ. 214, ਗਲੀ ਨੰ. 3, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ 141002")
    ib = reg("iban", "g07_payout", ids.iban("GB", "MIDL40051512345678"))
    P(f"member_billing=> UPDATE payouts SET iban = '{ib}' WHERE member_id = 40912;  -- ਗੁਰਵਿੰਦਰ ਸਿੰਘ ਦੀ ਬੇਨਤੀ ਤੇ",
      ib, "ਗੁਰਵਿੰਦਰ ਸਿੰਘ")
    b = bcrypt()
    C(f"member_billing=> UPDATE staff SET password_hash = '{b}' WHERE login = 'ops_billing';  -- ਨਵਾਂ ਹੈਸ਼", b)
    r = rk_live()
    C(f"member_billing=> INSERT INTO integrations (name, secret) VALUES ('stripe_refunds', '{r}');  -- ਗਲਤੀ ਨਾਲ ਅਸਲੀ ਕੁੰਜੀ ਪਾ ਦਿੱਤੀ", r)
    N("ERROR:  duplicate key value violates unique constraint \"payouts_member_id_key\" (SQLSTATE 23505)")
    N("member_billing=> -- ਪਾਸਵਰਡ ਹੁਣ Vault ਵਿੱਚ ਹੈ: vault kv get secret/mfs-prod/member-billing/pg, ਇੱਥੇ ਨਾ ਲਿਖੋ")
    N("member_billing=> \\q")


def g08():
    G("g08", "Alertmanager webhook payload", "Upper Sorbian")
    N('{"receiver":"lab-oncall","status":"firing","groupKey":"{}:{alertname=\\"ChamberTempHigh\\"}","externalURL":"https://am.mfs.internal","version":"4","truncatedAlerts":0}')
    N('"labels":{"alertname":"ChamberTempHigh","chamber":"gk-03","cluster":"mfs-lab-onprem","severity":"critical","team":"lab"}')
    N('"annotations":{"summary":"Germinaciska komora gk-03 je přehorca (31.4 °C)","runbook_url":"https://wiki.mfs.internal/rb/RB-031"}')
    N(f'"fingerprint":"{span()}","generatorURL":"http://prometheus.mfs.internal:9090/graph?g0.expr=chamber_temperature_celsius%7Bchamber%3D%22gk-03%22%7D+%3E+30"')
    N('"startsAt":"2024-12-04T02:17:45.112Z","endsAt":"0001-01-01T00:00:00Z","status":"firing"')
    p = pwu(16)
    C(f'"description":"Exporter so njemóže přizjewić: modbus://chamber:{p}@10.40.8.21:502 – hesło je najskerje wopačne"', p)
    p2 = pwu(18)
    C(f'"externalURL":"https://alertmanager:{p2}@am-lab.mfs.internal","comment":"basic auth za lab-proxy, hač do přećahnjenja"', p2)
    j = jwt("svc-chamber-ui")
    C(f'"annotations":{{"debug":"Token za API komory: Bearer {j}"}}', j)
    p3 = pw(14)
    C(f'"note":"Nowe hesło za konsolu komory je {p3}, Jan je jo wčera změnił"', p3, "Jan")
    P('"description":"Słužbu ma Jan Nowak, mobilny telefon +49 151 2348 7710; jeli so njewotzamkuje, zawołajće Hanu Kralowu."',
      "Jan Nowak", "+49 151 2348 7710", "Hanu Kralowu")
    P('"commonAnnotations":{"contact":"jan.nowak.budysin@web.de","note":"Klučiki ke komorje ma Hana Kralowa, Hornčerjowa 5, 02625 Budyšin"}',
      "jan.nowak.budysin@web.de", "Hana Kralowa", "Hornčerjowa 5, 02625 Budyšin")
    P('"silencedBy":"hana.kralowa","comment":"Za Hanu Kralowu wotmjelčane hač do 6:00, wona je na dowolu"', "hana.kralowa", "Hanu Kralowu")
    P('"summary":"Njeznate přizjewjenje na konsolu komory z IP 91.64.118.203 (priwatny přistup Jana Nowaka)"', "91.64.118.203", "Jana Nowaka")


def g09():
    G("g09", "Sentry event JSON", "English")
    N(f'"event_id":"{trace()}","release":"swap-market@3.18.0.442","environment":"production","platform":"python"')
    N('"exception":{"values":[{"type":"IntegrityError","value":"duplicate key value violates unique constraint \\"listing_slug_key\\"","module":"django.db.utils"}]}')
    N('"frame":{"filename":"swap/listings/views.py","lineno":214,"function":"publish_listing","in_app":true}')
    ck = cookie(40)
    C(f'"request":{{"headers":{{"Cookie":"mfs_sess={ck}; mfs_lang=en-GB","Accept":"application/json"}}}}', ck)
    j = jwt("usr_88213")
    C(f'"headers":{{"Authorization":"Bearer {j}","X-Forwarded-Proto":"https"}}', j)
    s = sendgrid()
    C(f'"vars":{{"self":"<NotifyClient>","settings.SENDGRID_API_KEY":"{s}","retries":3}}', s)
    w = whsec()
    C(f'"extra":{{"stripe_webhook_secret":"{w}","stripe_event":"evt_1QJx2bMfs0042"}}', w)
    P('"user":{"id":"usr_88213","email":"leontyne.marsh@icloud.com","ip_address":"73.162.94.201","username":"leontyne.marsh"}',
      "leontyne.marsh@icloud.com", "73.162.94.201", "leontyne.marsh")
    P('"vars":{"shipping":"{\'name\': \'Leontyne Marsh\', \'address\': \'4418 Alcott St, Denver, CO 80211\', \'phone\': \'(720) 418-3307\'}"}',
      "Leontyne Marsh", "4418 Alcott St, Denver, CO 80211", "(720) 418-3307")
    c = reg("card", "g09_marsh_visa", ids.card("453901276655041"))
    P(f'"vars":{{"card_number":"{c}","exp":"09/27","brand":"visa"}}', c)
    P('"breadcrumbs":[{"category":"mail","message":"password reset mail queued for lmarsh.garden@gmail.com"}]', "lmarsh.garden@gmail.com")
    N(f'"tags":{{"transaction":"/api/listings/publish","trace_id":"{trace()}","server_name":"swap-market-7d9f8c6b5-x2kqp"}}')
    N('"request":{"url":"https://swap.marrowfieldseeds.com/api/listings/publish","method":"POST","headers":{"Authorization":"[Filtered]","Cookie":"[Filtered]"}}')
    N('"sdk":{"name":"sentry.python.django","version":"2.19.0"},"contexts":{"runtime":{"name":"CPython","version":"3.12.7"}}')


def g10():
    G("g10", "Terraform module", "English")
    N('resource "aws_db_instance" "seedvault" { engine = "postgres", engine_version = "16.4", instance_class = "db.r6g.large" }')
    p = pw(24)
    C(f'  password = "{p}"  # TODO move to aws_secretsmanager_secret before MFS-1290 closes', p)
    N("  password = data.aws_secretsmanager_secret_version.seedvault.secret_string")
    cf = cf_token()
    C(f'provider "cloudflare" {{ api_token = "{cf}" }}', cf)
    do = dop()
    C(f'provider "digitalocean" {{ token = "{do}" }}  # legacy droplet for the seed-swap mirror', do)
    k = rsa_priv()
    C(f'  private_key_pem = "-----BEGIN RSA PRIVATE KEY-----\\n{k}\\n-----END RSA PRIVATE KEY-----\\n"', k)
    P('  tags = { Owner = "ingrid.solheim@marrowfieldseeds.com", CostCentre = "CC-410", Service = "seedvault" }', "ingrid.solheim@marrowfieldseeds.com")
    P("# break-glass contact for the RDS account: Ingrid Solheim, +47 913 58 204 (personal mobile)", "Ingrid Solheim", "+47 913 58 204")
    P('  cidr_blocks = ["10.40.0.0/16", "109.189.22.74/32"]  # second one is Ingrid\'s home fibre, remove after migration', "109.189.22.74", "Ingrid")
    P('variable "billing_contact" { default = "Øyvind Lie, Kirkegata 14, 0153 Oslo" }', "Øyvind Lie", "Kirkegata 14, 0153 Oslo")
    N(f'  kms_key_id = "arn:aws:kms:eu-west-1:418273650912:key/{uuid()}"')
    N(f'  source = "git::https://gitlab.mfs.internal/infra/modules.git//rds?ref={sha1()}"')
    N('output "seedvault_endpoint" { value = aws_db_instance.seedvault.address, sensitive = false }')


def g11():
    G("g11", "curl/HAR trace", "Asturian")
    N("# Trazu de curl pa la incidencia MFS-1240: el formulariu d'intercambiu devuelve 502 dende ayeri pela tarde")
    N("* Connected to swap.marrowfieldseeds.com (10.42.0.15) port 443 (#0), ALPN: h2")
    p = pw(14)
    C(f"$ curl -u 'xuana.fernandez:{p}' https://swap.marrowfieldseeds.com/api/v2/me  # Xuana diome la so contraseña pa reproducilo",
      p, "xuana.fernandez", "Xuana")
    j = jwt("usr_60277")
    C(f"> Authorization: Bearer {j}", j)
    ck = cookie(44)
    C(f"> Cookie: mfs_sess={ck}; mfs_lang=ast", ck)
    rf = cookie(56)
    C(f"< Set-Cookie: mfs_refresh={rf}; Path=/; HttpOnly; Secure", rf)
    P('> {"nome":"Pelayo Álvarez Menéndez","correu":"pelayo.alvarez.m@gmail.com","telefonu":"+34 684 219 377"}',
      "Pelayo Álvarez Menéndez", "pelayo.alvarez.m@gmail.com", "+34 684 219 377")
    dni = reg("es_dni", "g11_pelayo", ids.es_dni("71893524"))
    P(f'> {{"dni":"{dni}","direicion":"cai Uría 14, 3º B, 33003 Uviéu","nacencia":"1985-09-17"}}',
      dni, "cai Uría 14, 3º B, 33003 Uviéu", "1985-09-17")
    ib = reg("iban", "g11_pelayo", ids.iban("ES", "20481234580100098765"))
    P(f'> {{"iban_cobru":"{ib}","titular":"Pelayo Álvarez"}}', ib, "Pelayo Álvarez")
    P("# La petición vieno de 88.27.143.90, la IP de casa de Pelayo; nun ye un robot nin un escáner", "88.27.143.90", "Pelayo")
    N(f"< HTTP/2 502  < server: envoy  < x-request-id: {uuid()}")
    N(f"< traceparent: 00-{trace()}-{span()}-01")
    N('# Les claves tán en Vault (secret/mfs-prod/swap-market); nel tiquete namái pon "Authorization: Bearer <token>"')


def g12():
    G("g12", "Ansible playbook", "Low German")
    N("# Playbook för de Etikettendrucker (label-gw) in de Packstraat, löppt jede Nacht över mfs-lab-onprem")
    N("- hosts: label_printers  # 14 Drucker, all achter 10.40.12.0/24")
    p = pw(16)
    C(f'    ansible_become_password: "{p}"  # Hinnerk hett dat güstern so rinschreven, mutt in de Vault!', p, "Hinnerk")
    s = pw(14)
    C(f'    smb_password: "{s}"  # för den Deel \\\\nas-lab\\etiketten, ohn dat löppt de Export nich', s)
    t = tg_bot()
    C(f'    telegram_bot_token: "{t}"  # för de Narichten an dat Lager', t)
    k = ssh_priv()
    C(f'    deploy_ssh_key: "-----BEGIN OPENSSH PRIVATE KEY-----\\n{k}\\n-----END OPENSSH PRIVATE KEY-----"', k)
    N("    label_gw_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret/mfs-prod/label-gw:token') }}\"  # so is dat richtig")
    P("# Wenn de Drucker hangt: Antje Claßen anropen, 0421 69 83 154 (privat), man nich vör Klock söss", "Antje Claßen", "0421 69 83 154")
    P('    ship_from_private: "Hinnerk Petersen, Kastanjenweg 7, 26789 Leer"  # blots för de Testetiketten', "Hinnerk Petersen", "Kastanjenweg 7, 26789 Leer")
    ib = reg("iban", "g12_antje", ids.iban("DE", "280501000187654321"))
    P(f'    payroll_iban: "{ib}"  # vun Antje ehr Konto för de Utlagen', ib, "Antje")
    st = reg("de_steuer_id", "g12_hinnerk", ids.de_steuer_id("4715823049"))
    P(f'    steuer_id: "{st}"  # Hinnerk sien Steuer-ID, hört hier nienich hen', st, "Hinnerk")
    N('    label_gw_version: "4.11.2.7"')
    N("    # Fehlercode E-LBL-031 heet blots: Etikettenrull is leddig, dat is keen Passwoort-Problem")
    N('    cups_url: "https://label-gw-01.mfs.internal:631/printers/zebra-zt411"  # Port 631, keen Passwoort nödig binnen dat VLAN')


def g13():
    G("g13", "Kubernetes Secret manifest", "English")
    N("apiVersion: v1  kind: Secret  metadata: {name: member-billing-secrets, namespace: billing}  type: Opaque")
    N("# managed by external-secrets: ExternalSecret member-billing-es, refreshInterval: 1h, remoteRef.key: mfs-prod/member-billing")
    p = pw(20)
    dbp = b64(p)
    C(f"  DB_PASSWORD: {dbp}", dbp)
    sk = b64(sk_live())
    C(f"  STRIPE_API_KEY: {sk}", sk)
    pd = pd_key()
    C(f"  PAGERDUTY_ROUTING_KEY: {pd}  # stringData, plain text", pd)
    ec = ec_priv()
    tk = b64("-----BEGIN EC PRIVATE KEY-----\n" + ec + "\n-----END EC PRIVATE KEY-----\n")
    C(f"  tls.key: {tk}", tk)
    rh = base64.b64encode(b"redis-billing.mfs.internal").decode()
    N(f"  REDIS_HOST: {rh}  # just the hostname, base64 because k8s")
    P("    mfs.io/owner: farah.siddiqui@marrowfieldseeds.com", "farah.siddiqui@marrowfieldseeds.com")
    P("    mfs.io/last-rotated-by: \"Farah Siddiqui, +1 416 830 2291\"", "Farah Siddiqui", "+1 416 830 2291")
    sin = reg("ca_sin", "g13_oduya", ids.ca_sin("51837260"))
    P(f"  TEST_MEMBER: \"Graham Oduya, SIN {sin}, DOB 1990-04-12\"  # copied from prod, remove", "Graham Oduya", sin, "1990-04-12")
    mc = reg("card", "g13_oduya_mc", ids.card("531284700912664"))
    P(f"  REFUND_CARD_FIXTURE: \"{mc}\"  # Graham's real card, not a test number", mc, "Graham")
    N("    reloader.stakater.com/match: \"true\"")
    N("    argocd.argoproj.io/sync-wave: \"-1\"  # secret must exist before the member-billing Deployment")


def g14():
    G("g14", "nginx access log", "English")
    N('10.42.3.17 - - [04/Dec/2024:10:11:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.001')
    P('86.25.190.44 - - [04/Dec/2024:10:11:05 +0000] "GET /catalog/tomato/brandywine-pink HTTP/2.0" 200 18342 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" rt=0.041',
      "86.25.190.44")
    j = jwt("usr_31190")
    C(f'91.110.52.8 - - [04/Dec/2024:10:11:09 +0000] "GET /api/v2/orders?access_token={j} HTTP/2.0" 200 2210 "-" "okhttp/4.12.0" rt=0.087', "91.110.52.8", j)
    p = pwu(12)
    C(f'31.94.27.150 - - [04/Dec/2024:10:11:14 +0000] "POST /login?user=evelyn.harcourt&password={p} HTTP/1.1" 302 0 "https://marrowfieldseeds.com/login" "Mozilla/5.0" rt=0.120',
      "31.94.27.150", "evelyn.harcourt", p)
    ba = b64("export:" + pw(14))
    C(f'10.42.5.2 - export [04/Dec/2024:10:11:20 +0000] "GET /admin/export/members.csv HTTP/1.1" 200 881203 "-" "curl/8.5.0" auth="Basic {ba}"', ba)
    g = aiza()
    C(f'10.42.7.19 - - [04/Dec/2024:10:11:26 +0000] "GET /api/internal/geocode?address=HX7+8AD&key={g} HTTP/1.1" 200 611 "-" "python-requests/2.32.3"', g)
    P('176.61.88.213 - - [04/Dec/2024:10:11:31 +0000] "GET /account/orders?email=martina.kovacs%40gmail.com HTTP/2.0" 200 4120 "-" "Mozilla/5.0" rt=0.033',
      "176.61.88.213", "martina.kovacs%40gmail.com")
    P('89.101.44.72 - - [04/Dec/2024:10:11:40 +0000] "GET /unsubscribe?name=Declan%20O%27Rourke&phone=%2B353872146609 HTTP/1.1" 200 93 "-" "Mozilla/5.0"',
      "89.101.44.72", "Declan%20O%27Rourke", "%2B353872146609")
    P('2024/12/04 10:11:44 [warn] 31#31: *88290 client 151.227.8.61 sent invalid header "X-Member: Ruth Abernethy-Cole" while reading client request headers',
      "151.227.8.61", "Ruth Abernethy-Cole")
    N('10.42.1.9 - svc-prober [04/Dec/2024:10:11:45 +0000] "GET /metrics HTTP/1.1" 200 5120 "-" "Prometheus/2.54.1"')
    N('2024/12/04 10:12:44 [error] 31#31: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.42.3.17:8080/api/listings/publish"')
    N(f'10.42.0.1 - - [04/Dec/2024:10:12:50 +0000] "GET /static/app.3f9a1c2e.js HTTP/2.0" 304 0 "-" "Mozilla/5.0" request_id={uuid()}')
    N('10.42.0.1 - - [04/Dec/2024:10:12:51 +0000] "GET /api/v2/orders?access_token=[REDACTED] HTTP/2.0" 200 2210 "-" "okhttp/4.12.0"')


def g15():
    G("g15", "docker-compose file", "Cornish")
    N("# docker-compose.yml rag an seedvault-indexer war an servyer lab (mfs-lab-onprem) - gwelewgh MFS-1302")
    N("  indexer: {image: \"registry.mfs.internal/seedvault-indexer:1.9.4.22\", restart: unless-stopped}")
    p = pw(18)
    C(f'      POSTGRES_PASSWORD: "{p}"   # Jenifer a janjyas an ger-tremena de', p, "Jenifer")
    o = openai()
    C(f"      OPENAI_API_KEY: {o}  # rag an hwilas semantek yn katalog an has", o)
    m = rs(32, URLSAFE)
    C(f"      MEILI_MASTER_KEY: {m}  # alhwedh mester, na rannewgh hi", m)
    h = hf()
    C(f"      HF_TOKEN: {h}", h)
    N("      ELASTIC_PASSWORD_FILE: /run/secrets/es_password   # an ger-tremena yw y'n restren, na worrewgh e omma")
    N('    ports: ["127.0.0.1:7700:7700"]   # porth 7700 war an jynn y honan yn unnik')
    N('    healthcheck: {test: ["CMD", "curl", "-f", "http://localhost:7700/health"], interval: 30s}')
    P('      ADMIN_CONTACT: "Jenifer Trelawny <jenny.trelawny@btinternet.com>"', "Jenifer Trelawny", "jenny.trelawny@btinternet.com")
    P("# Mar pe an servyer yn kamm, pellgowsewgh dhe Beder Penrose: 07823 416590", "Beder Penrose", "07823 416590")
    P('      SHIP_TEST_ADDRESS: "14 Fore Street, Redruth, TR15 2AZ"  # trigva Peder, rag prevyans', "14 Fore Street, Redruth, TR15 2AZ", "Peder")
    ni = reg("uk_nino", "g15_jenifer", "JM 48 19 27 B")
    P(f'      TEST_NINO: "{ni}"  # niver yswiryans kenedhlek Jenifer', ni, "Jenifer")


def g16():
    G("g16", "syslog excerpt", "Kashubian")
    N("Dec  5 03:14:07 pack-line-02 systemd[1]: Started packd.service - Pakòwnô maszina nr 2.")
    N("Dec  5 03:14:09 pack-line-02 packd[2231]: Zaczãcé robòtë, wersëjô 2.3.0.91, kònfigùracjô /etc/packd/packd.toml")
    p = pwu(16)
    C(f"Dec  5 03:14:10 pack-line-02 packd[2231]: DEBUG pòłączenié z mqtt://packd:{p}@mqtt.mfs.internal:1883 ùdałé", p)
    k = rs(40, AL)
    C(f"Dec  5 03:15:33 pack-line-02 sudo[2290]: jlabuda : TTY=pts/0 ; PWD=/home/jlabuda ; USER=root ; COMMAND=/usr/bin/packctl reset --api-key pk_{k}", k, "jlabuda")
    p2 = pw(13)
    C(f"Dec  5 03:16:02 pack-line-02 packd[2231]: Nowé hasło do panelu sprôwnika: {p2} (zmienił Jan Labùda)", p2, "Jan Labùda")
    gl = glsa()
    C(f"Dec  5 03:16:40 pack-line-02 packd[2231]: Token Grafanë do wësyłaniô metrików: {gl}", gl)
    P(f"Dec  5 03:17:11 pack-line-02 sshd[2301]: Accepted publickey for jlabuda from 83.24.155.201 port 51532 ssh2: ED25519 {fp()}", "jlabuda", "83.24.155.201")
    P("Dec  5 03:18:45 pack-line-02 packd[2231]: Paczka P-77120 dlô Martë Kòwalewsczi, ul. Wiejskô 7, 83-300 Kartuzë, tel. 601 483 227",
      "Martë Kòwalewsczi", "ul. Wiejskô 7, 83-300 Kartuzë", "601 483 227")
    pe = reg("pl_pesel", "g16_marta", ids.pesel("8803140842"))
    P(f"Dec  5 03:18:46 pack-line-02 packd[2231]: Fela sprawdzeniô: PESEL {pe} nie pasëje do dnia rodzeniô 1988-03-14 (klientka Marta Kòwalewskô)",
      pe, "1988-03-14", "Marta Kòwalewskô")
    P("Dec  5 03:19:02 pack-line-02 postfix/smtp[2410]: 4F2A81C0E3: to=<marta.kowalewska@wp.pl>, relay=smtp.mfs.internal[10.40.0.25]:25, status=sent (250 2.0.0 Ok)",
      "marta.kowalewska@wp.pl")
    N("Dec  5 03:20:13 pack-line-02 kernel: [88213.441] usb 1-1.2: new full-speed USB device number 7 using xhci_hcd (skaner kòdów)")
    N("Dec  5 03:21:00 pack-line-02 packd[2231]: Metrika packd_boxes_sealed_total=4412, packd_jam_events_total=3, kòd felë E-PK-017")
    N("Dec  5 03:25:01 pack-line-02 CRON[2500]: (root) CMD (/usr/local/bin/rotate-secrets --from-vault secret/mfs-prod/packd)")


def g17():
    G("g17", "customer email", "English")
    P("From: Gwendolyn Ashby-Reyes <gwen.ashbyreyes@protonmail.com>", "Gwendolyn Ashby-Reyes", "gwen.ashbyreyes@protonmail.com")
    N("To: support@marrowfieldseeds.com")
    N("Subject: Re: [MFS-1331] Order SO-448120 - seed packets arrived crushed")
    P("Hi, this is Gwendolyn again (member no. M-20931). My mobile is 0412 558 903 if a call is easier.", "Gwendolyn", "0412 558 903")
    P("Please send the replacement to 12/48 Glebe Point Road, Glebe NSW 2037, not to my old flat in Newtown.", "12/48 Glebe Point Road, Glebe NSW 2037")
    p = pw(12)
    C(f"Your site kept logging me out so I reset my password to {p} - I know I shouldn't email it, but please just fix the login.", p)
    g = aiza()
    C(f"The courier page also showed this map link, which has a key in it: https://maps.googleapis.com/maps/api/staticmap?center=Glebe+NSW&zoom=14&key={g}", g)
    o = otp()
    C(f"The verification code you texted me was {o} but the page said it had already expired.", o)
    c = reg("card", "g17_gwen_visa", ids.card("401288765530917"))
    P(f"I paid with my card ending {c[-4:]}; if you need the full number for the refund it is {c}, expiry 11/26.", c)
    P("Thanks, Gwendolyn Ashby-Reyes", "Gwendolyn Ashby-Reyes")
    N("> On Tue, 3 Dec 2024 at 14:02, Marrowfield Support <support@marrowfieldseeds.com> wrote:")
    N("> Your ticket MFS-1331 has been received. Our packing team works Mon-Fri and we reply within 2 business days.")
    N("> Marrowfield Seed Co-op, Unit 4, Hollins Mill, Hebden Bridge HX7 8AD, 01422 800310")


def g18():
    G("g18", "support call transcript", "English")
    N("[00:00:02] IVR: Thank you for calling Marrowfield Seed Co-op, this call may be recorded for training.")
    P("[00:00:15] Agent: Can I take your full name please? Caller: It's Bartholomew Nwachukwu-Price, that's N-W-A-C-H-U-K-W-U.",
      "Bartholomew Nwachukwu-Price")
    P("[00:00:31] Caller: Date of birth is the 9th of March 1968, and I'm at 3 Cardigan Lane, Leeds LS6 1DX.",
      "9th of March 1968", "3 Cardigan Lane, Leeds LS6 1DX")
    P("[00:00:48] Caller: Best number is 07584 392117, or my wife's, Adaeze, on 07584 392540.", "07584 392117", "Adaeze", "07584 392540")
    ni = reg("uk_nino", "g18_bart", "SK 73 51 62 C")
    P(f"[00:01:05] Caller: Your grant form asked for my National Insurance number, it's {ni}.", ni)
    N("[00:01:20] Agent: Okay, I can see the account, member number M-30114, Sweet Pea subscription tier.")
    p = pw(12)
    C(f"[00:01:40] Caller: The password I used was, um, {p}, I wrote it on the seed tin.", p)
    o = otp()
    os_ = _s(" ".join(o))
    C(f"[00:02:10] Agent: I've sent a six-digit code to your phone. Caller: Yes, it says {os_}.", os_)
    N("[00:02:40] Agent: I can see order SO-451872, dispatched on the 2nd, tracking number 3SMFS0048213.")
    p2 = pw(14)
    C(f"[00:03:02] Agent (aside, not muted): is the refund console login still refunds-admin with {p2}?", p2)
    N("[00:03:30] Agent: I'm raising ticket MFS-1360 for the refund; you'll get an email from support@marrowfieldseeds.com.")
    N("[00:03:55] Agent: Our line is 01422 800310, Monday to Friday, nine till five.")
    N(f"[00:04:10] IVR: Call ended. Duration 4:08. Recording id {uuid()}. Queue members-uk.")


def g19():
    G("g19", "support ticket", "Sorani Kurdish")
    N("تیکێتی MFS-1344 · بارودۆخ: کراوە · پێشینە: P2 · خزمەتگوزاری: member-billing")
    N("بابەت: پارەی ئەندامێتی دووجار وەرگیراوە (پسوولەی INV-2024-120077)")
    P("کڕیار: ئاراس ئەحمەد، ئیمەیڵ aras.ahmed92@gmail.com، مۆبایل 0750 412 3386",
      "ئاراس ئەحمەد", "aras.ahmed92@gmail.com", "0750 412 3386")
    P("ناونیشانی کڕیار: هەولێر، گەڕەکی ئازادی، کۆڵانی 114، خانووی 27", "هەولێر، گەڕەکی ئازادی، کۆڵانی 114، خانووی 27")
    ib = reg("iban", "g19_shilan", ids.iban("IQ", "NBIQ850123456789012"))
    P(f"ئایبانی گەڕاندنەوەی پارە: {ib}، خاوەنی هەژمار: شیلان محەمەد (هاوسەری ئاراس)", ib, "شیلان محەمەد", "ئاراس")
    P("IPی کڕیار لە کاتی پارەدانەکەدا: 37.236.41.98 (ئینتەرنێتی ماڵەوە)", "37.236.41.98")
    p = pw(15)
    C(f"تێبینی ناوخۆیی: هێمن وشەی نهێنی پانێڵی بیلینگی گۆڕی بۆ {p}، تکایە لێرە مەینووسن", p, "هێمن")
    tw = hexs(32)
    C(f"لۆگی هەڵە: 401 لە api.twilio.com، account {twilio_sid()} auth_token {tw}", tw)
    o = otp()
    C(f"ئەو کۆدی پشتڕاستکردنەوەیەی بۆ کڕیار نێردرا: {o} (بەسەرچووە، کڕیار داوای کۆدی نوێ دەکات)", o)
    sgk = sendgrid()
    C(f"تێبینی ناوخۆیی: کلیلی API ی SendGrid لە ئیمەیڵی هەڵەکەدا دەرکەوت: {sgk} — دەبێت بگۆڕدرێت", sgk)
    N("وەڵامی ستاندارد: تکایە هەرگیز وشەی نهێنی یان ژمارەی تەواوی کارت لە تیکێتدا مەنووسن.")
    N("کارتی تاقیکردنەوەی 4000 0566 5566 5556 بۆ دووبارەکردنەوەی هەڵەکە لە ژینگەی staging بەکارهات")
    N(f"trace_id: {trace()} · هەڵە: E_DUPLICATE_CHARGE · وەشان 5.2.0.1147")


def g20():
    G("g20", "web form submission", "Kurmanji Kurdish")
    N("Form: Endamtiya nû ya Marrowfield (form_id=member-signup-v3), hat şandin: 2024-12-05 19:42:10 UTC")
    P("Nav û paşnav: Rojda Aydın", "Rojda Aydın")
    P("E-name: rojda.aydin@hotmail.com · Telefon: 0532 418 27 63", "rojda.aydin@hotmail.com", "0532 418 27 63")
    P("Navnîşan: Ofis Mah. Gazi Cad. No: 41 D:6, 21100 Yenişehir/Diyarbakır", "Ofis Mah. Gazi Cad. No: 41 D:6, 21100 Yenişehir/Diyarbakır")
    tc = reg("tr_tckn", "g20_rojda", ids.tckn("384120765"))
    P(f"Hejmara TC: {tc} · Roja bûyînê: 12.06.1994", tc, "12.06.1994")
    ib = reg("iban", "g20_rojda", ids.iban("TR", "0006400001123456789012", spaced=True))
    P(f"IBAN ji bo vegerandina pereyan: {ib} (xwedî: Rojda Aydın)", ib, "Rojda Aydın")
    p = pw(13)
    C(f"Şîfre: {p} · Şîfre (dubare): {p}", p)
    p2 = pw(10)
    C(f"Peyam: Silav, min şîfreya xwe ya kevn {p2} ceriband lê kar nekir. Berzan Çelik jî heman pirsgirêkê dijî, ji kerema xwe alîkarî bikin.",
      p2, "Berzan Çelik")
    rc = _s("6Lc" + "".join(R.choice(URLSAFE) for _ in range(37)))
    C(f"Qada veşartî (bi şaşî hat şandin): recaptcha_secret={rc}", rc)
    N("Meta: user_agent=\"Mozilla/5.0 (Linux; Android 14)\", locale=ku-TR, form_version 3.2.0.7")
    N("Qada vebijarkî \"Koda referansê\": REF-XXXX-0000 (nirxa mînak, ne rast e)")
    N(f"Rewş: spam_score=0.03, dedupe_key={sha256()[:16]}, tîketa MFS-1371 hat vekirin")
    N("Nîşe: şîfre di databasê de bi argon2id tê hash kirin; ev dump tenê ji bo debug e û piştî 7 rojan tê jêbirin.")


def g21():
    G("g21", "CSV member export", "English")
    N("member_id,first_name,last_name,email,phone,postcode,tier,joined,marketing_opt_in,notes")
    P("M-20931,Gwendolyn,Ashby-Reyes,gwen.ashbyreyes@protonmail.com,+61 412 558 903,2037,sweet-pea,2021-03-14,true,",
      "Gwendolyn", "Ashby-Reyes", "gwen.ashbyreyes@protonmail.com", "+61 412 558 903")
    P("M-31877,Siddharth,Raghunathan,sid.raghu@fastmail.com,+1 (503) 417-8820,97214,heirloom,2022-07-01,false,",
      "Siddharth", "Raghunathan", "sid.raghu@fastmail.com", "+1 (503) 417-8820")
    pn = reg("se_pnr", "g21_ebba", ids.se_pnr("870522", "438"))
    P(f"M-40190,Ebba,Lindqvist,ebba.lindqvist@telia.com,070-318 44 27,11355,sweet-pea,2023-01-19,true,\"personnummer {pn} for customs form\"",
      "Ebba", "Lindqvist", "ebba.lindqvist@telia.com", "070-318 44 27", pn)
    c = reg("card", "g21_tariq_mc", ids.card("222100483712905"))
    P(f"M-41877,Tariq,Benali,tariq.benali@gmail.com,+33 6 12 48 90 37,69003,heirloom,2024-02-11,true,\"card on file {c} (pasted by agent)\"",
      "Tariq", "Benali", "tariq.benali@gmail.com", "+33 6 12 48 90 37", c)
    p = pw(16)
    C(f"M-41022,svc,import-bot,import-bot@marrowfieldseeds.com,,,system,2023-05-02,false,\"legacy import pw: {p}\"", p)
    sh = shpat()
    C(f"# source: https://marrowfield-seeds.myshopify.com/admin/api/2024-10/customers.json (X-Shopify-Access-Token: {sh})", sh)
    mc = hexs(32) + "-us21"
    C(f"# newsletter sync via Mailchimp, api_key={mc}", mc)
    N("M-50001,Test,Member,test.member@example.com,+44 0000 000000,00000,internal-test,2024-01-01,false,fixture row")
    N(f"# export_id=exp_{uuid()}, rows=5128, sha256={sha256()}, generated 2024-12-05T06:00:00Z")
    N("# columns redacted by policy: card_number, iban, date_of_birth (values shown as ****)")
    N("M-50002,****,****,****@****,****,****,sweet-pea,2024-06-30,true,")
    N("# next scheduled run: cron \"0 6 * * 1\" job export-members-weekly on mfs-prod-euw1")


def g22():
    G("g22", "runbook page", "English")
    N("## RB-031 Germination chamber over-temperature (ChamberTempHigh)")
    N("1. Confirm the alert: chamber_temperature_celsius{chamber=\"gk-03\"} > 30 for 5m on mfs-lab-onprem.")
    N("2. Fetch the modbus creds with `vault kv get -field=password secret/mfs-lab/chamber-modbus` - never paste them in Slack.")
    N("3. Adjust the setpoint: curl -H \"Authorization: Bearer $CHAMBER_API_TOKEN\" https://chamber-api.mfs.internal/v1/gk-03/setpoint")
    p = pw(14)
    C(f"4. If Vault is down, the break-glass login is labops / {p} (sealed envelope copy in the lab safe).", p)
    dk, da = hexs(32), hexs(40)
    C(f"5. Mute the monitor: curl -X POST https://api.datadoghq.eu/api/v1/monitor/88213/mute -H \"DD-API-KEY: {dk}\" -H \"DD-APPLICATION-KEY: {da}\"", dk, da)
    pd = pd_key()
    C(f"6. Page the HVAC vendor through their PagerDuty service, routing key {pd}.", pd)
    p2 = pw(12)
    C(f"   Controller shell (last resort): sshpass -p '{p2}' ssh root@10.40.8.21", p2)
    P("7. No answer within 15 min: call lab lead Dr. Hilde Varga on +36 30 418 2276, then her deputy Kwame Obuya on 07942 118305.",
      "Hilde Varga", "+36 30 418 2276", "Kwame Obuya", "07942 118305")
    P("   Landlord's facilities contact: Mr. Desmond Achebe, desmond.achebe@yahoo.co.uk", "Desmond Achebe", "desmond.achebe@yahoo.co.uk")
    P("8. Sign-off: update the chamber log book. Page last edited by @hvarga on 2024-11-28.", "@hvarga")
    N("9. Close the alert, link the INC ticket, and record chamber_recovery_seconds in the postmortem template.")
    N("Vendor doc example (do not fill in here): export DD_API_KEY=<YOUR_DATADOG_API_KEY>")


def g23():
    G("g23", "postmortem", "Buryat")
    N("# Постмортем INC-2318: seedvault-indexer 47 минута ажалладаггүй байгаа (2024-12-06)")
    N("Нүлөөлэл: каталогой хайлта ажалладаггүй, 1 940 хэрэглэгшэ 502 алдуу хараа, seedvault_search_availability 99.2% боложо унаа.")
    N("Шалтагаан: Helm chart 1.9.4.22 соо existingSecret: seedvault-es-credentials гэжэ нэрэ буруу бэшэгдээ.")
    p = pw(18)
    C(f"03:12 — Баир Дашиев түргэн заһахын тула шата руу нюуса үгые табиба: ES_PASSWORD={p}", p, "Баир Дашиев")
    did, dt = "1" + "".join(NZ.choice(string.digits) for _ in range(18)), discord_tok()  # webhook id: identifier, not secret
    C(f"03:20 — Мэдээсэл эльгээхэ webhook чат руу оруулагдаа: https://discord.com/api/webhooks/{did}/{dt}", dt)
    an = anthropic()
    C(f"03:25 — Аюр Намсараевай терминалһаа скриншот: export ANTHROPIC_API_KEY={an}", an, "Аюр Намсараевай")
    a, b = akia(), aws_secret()
    C(f"03:31 — AWS түлхюурнүүд indexer-ай лог соо харагдаба: {a} / {b}", a, b)
    P("Харюусагша: Сэсэгма Цыренова, sesegma.tsyrenova@mail.ru, +7 914 632-18-47",
      "Сэсэгма Цыренова", "sesegma.tsyrenova@mail.ru", "+7 914 632-18-47")
    P("Гомдол гаргаһан хэрэглэгшэ: Дулма Бадмаева, Улаан-Үдэ, Ключевская үйлсэ, 58, 12-дохи байра",
      "Дулма Бадмаева", "Улаан-Үдэ, Ключевская үйлсэ, 58, 12-дохи байра")
    sn = reg("ru_snils", "g23_dulma", ids.snils("138452791"))
    inn = reg("ru_inn", "g23_dulma", ids.inn12("0323417865"))
    P(f"Дулма Бадмаевагай СНИЛС {sn} болон ИНН {inn} тикет соо бэшэгдээ — устгаха хэрэгтэй.", "Дулма Бадмаевагай", sn, inn)
    P("Хэрэглэгшын IP хаяг: 95.188.74.23 (гэрэй интернет, бот бэшэ)", "95.188.74.23")
    N("Заһабари: нюуса үгэнүүд зүгөөр Vault соо хадагалагдана: vault kv get secret/mfs-prod/seedvault/es")
    N(f"Хэмжүүр: seedvault_indexer_errors_total, trace_id {trace()}, commit {sha1()}")
    N("Дараагай алхамууд: MFS-1388 (CI шалгалта), MFS-1389 (gitleaks pre-commit hook)")


def g24():
    G("g24", "code diff", "Tahitian")
    N(f"diff --git a/notify/config.py b/notify/config.py  index {sha7()}..{sha7()} 100644")
    N("@@ -12,9 +12,11 @@ class NotifyConfig:")
    tw = hexs(32)
    C(f"-    TWILIO_AUTH_TOKEN = \"{tw}\"  # na Teva i tuu i teie, e tatara tatou i teie nei", tw, "Teva")
    N("+    TWILIO_AUTH_TOKEN = os.environ[\"TWILIO_AUTH_TOKEN\"]  # e rave mai i te parau huna na roto i te Vault")
    mg = mailgun()
    C(f"+    MAILGUN_KEY = \"{mg}\"  # hapa: ua tuu-faahou-hia te tāviri mau", mg)
    p = pwu(16)
    C(f"-    SMTP_URL = \"smtp://notify:{p}@smtp.mfs.internal:587\"", p)
    p2 = pw(12)
    C(f"+    # Parau huna no te api a Hinano: {p2} (e tatara hou te tāpati)", p2, "Hinano")
    P("-    TEST_RECIPIENT = \"hinano.maraeura@mail.pf\"  # Hinano Maraeura, numera niuniu 87 21 46 93",
      "hinano.maraeura@mail.pf", "Hinano Maraeura", "87 21 46 93")
    P("-    FALLBACK_ADDRESS = \"Teva Tehei, BP 4312, 98713 Papeete, Tahiti\"", "Teva Tehei", "BP 4312, 98713 Papeete")
    P("+    # Na Teva Tehei i faaite mai i te hapa: ua tae te SMS i to ratou fetii i Faaa", "Teva Tehei")
    nir = reg("fr_nir", "g24_hinano", ids.fr_nir("2910498735112"))
    P(f"-    # NIR o Hinano (no te hoo-faahou): {nir}", nir, "Hinano")
    N("+    RETRY_BACKOFF = [1, 2, 5, 13]  # te mau hēkone")
    N("+    SENTRY_RELEASE = \"notify-worker@1.4.2.0\"")
    N("+    # a hi'o i te MFS-1402 no te tātara i te parau huna")


def g25():
    G("g25", "Python traceback", "English")
    N("Traceback (most recent call last):")
    N('  File "/usr/lib/python3.12/site-packages/psycopg/connection.py", line 119, in connect')
    p = pw(18)
    C(f'    conn = psycopg.connect("host=pg-lab.mfs.internal dbname=germlab user=germlab_rw password={p}")', p)
    a, b = akia(), aws_secret()
    C(f'    client = boto3.client("s3", aws_access_key_id="{a}", aws_secret_access_key="{b}")', a, b)
    g = gh_fine()
    C(f'    resp = requests.post(url, headers={{"Authorization": "token {g}"}}, timeout=10)', g)
    P("    member = {'name': 'Chiamaka Eze-Thornton', 'email': 'c.ezethornton@gmail.com', 'dob': '1983-10-07'}",
      "Chiamaka Eze-Thornton", "c.ezethornton@gmail.com", "1983-10-07")
    P("jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'postcode' (rendering label for 19 Orchard Way, Cambridge CB4 2EP)",
      "19 Orchard Way, Cambridge CB4 2EP")
    ss = reg("us_ssn", "g25_kettleby", "412-37-6690")
    P(f"    grower = {{'name': 'Dwayne Kettleby', 'ssn': '{ss}', 'form': 'W-9'}}", "Dwayne Kettleby", ss)
    P("germlab.errors.CertificateMismatch: batch B-2024-0931 belongs to Ewa Mazurkiewicz but was requested from 174.29.63.108",
      "Ewa Mazurkiewicz", "174.29.63.108")
    N("psycopg.OperationalError: connection is bad: server closed the connection unexpectedly (SQLSTATE 08006)")
    N("During handling of the above exception, another exception occurred:")
    N('  File "/srv/germlab/germlab/pdf.py", line 88, in render_certificate')
    N(f"[germlab-svc 2.7.1.318] request_id={uuid()} trace={trace()} pod=germlab-svc-6c8b9d7f4-9wq2m")


def g26():
    G("g26", "on-call handover notes", "English")
    N("Handover 2024-12-06 night -> day, rotation sre-primary, cluster mfs-prod-euw1")
    N("- catalog-api p99 back to 180ms after rollback to 5.2.0.1146 (dashboard uid mfs-cat-latency)")
    p = pw(16)
    C(f"- I temporarily set the RabbitMQ admin password to {p} to get into the UI; rotate it first thing.", p)
    k = ssh_priv()
    C(f"- Bastion key I used is in /tmp/handover_key: -----BEGIN OPENSSH PRIVATE KEY----- {k} -----END OPENSSH PRIVATE KEY-----", k)
    nr = nrak()
    C(f"- New Relic user key for the dashboards script: {nr}", nr)
    ln = linear()
    C(f"- Linear API key for the ticket bot (temporary, mine): {ln}", ln)
    P("- Escalation: Priyanka Deshmukh-Hale (priyanka.dh@gmail.com) wants a call back on +44 7468 215093 before 10:00.",
      "Priyanka Deshmukh-Hale", "priyanka.dh@gmail.com", "+44 7468 215093")
    P("- She asked that the replacement seeds go to her mum, Mrs Sunita Deshmukh, 58 Belgrave Road, Leicester LE4 6AR.",
      "Sunita Deshmukh", "58 Belgrave Road, Leicester LE4 6AR")
    P("- Odd login from 185.44.77.203 on Lukas Brandt's account; not one of ours, ask him whether he travelled.",
      "185.44.77.203", "Lukas Brandt")
    P("- Courier rang about a parcel for Mr Olumide Bankole, 7 Harrow Court, Stevenage SG1 3PL - left with the neighbour.", "Olumide Bankole", "7 Harrow Court, Stevenage SG1 3PL")
    N("- Alert StripeWebhookLag cleared at 04:40; stripe_webhook_lag_seconds back under 5.")
    N("- swap-market secret rotation tracked in MFS-1420; chart uses existingSecret: swap-market-stripe, nothing inline.")
    N("- label-gw quiet; printer zebra-zt411-03 ticket MFS-1421 waiting on vendor.")


def g27():
    G("g27", "Jira issue export", "Chamorro")
    N("Issue key: MFS-1417 · Type: Bug · Priority: High · Component: swap-market · Fix version: 3.18.1.0")
    N("Summary: Ti siña ma publika i listing siha gi swap.marrowfieldseeds.com (error 502)")
    P("Reporter: Maria Cruz Aguon (maria.aguon@gmail.com)", "Maria Cruz Aguon", "maria.aguon@gmail.com")
    P("Description: Håfa adai! I tilifon-hu (671) 483-2291, yan i direksion-hu 127 Chalan Santo Papa, Hagåtña, GU 96910. Ti siña hu publika i tinanom-hu.",
      "(671) 483-2291", "127 Chalan Santo Papa, Hagåtña, GU 96910")
    P("Comment (Jesus Taitano): Hu kontakta si Maria gi gima'-ña; i IP-ña 202.128.77.54, ti bot.",
      "Jesus Taitano", "Maria", "202.128.77.54")
    ss = reg("us_ssn", "g27_quinata", "586-21-7734")
    P(f"Custom field \"Grower tax id\" (ti debi na guaha este guini): {ss} - para si Francisco Quinata", ss, "Francisco Quinata")
    p = pw(14)
    C(f"Comment (Jesus Taitano): I nuebu na kontraseña para i admin panel: {p}. Cha'-mu fa'nu'i håyi.", "Jesus Taitano", p)
    gl = glpat()
    C(f"Attachment text: curl -H \"PRIVATE-TOKEN: {gl}\" https://gitlab.mfs.internal/api/v4/projects/42/jobs", gl)
    st = sntrys()
    C(f"Comment (automation): Sentry auth token para i release upload: {st}", st)
    N("Labels: swap, regression, customer-impact · Sprint: MFS Sprint 49")
    N(f"Linked: is caused by MFS-1402 · commit {sha1()}")
    N("Comment (jira-bot): Transition Open -> In Progress by automation rule #17")
    N("Comment: I kontraseña gaige gi Vault (secret/mfs-prod/swap-market/admin); cha'-mu tuge' guini.")


def g28():
    G("g28", "Microsoft Teams thread", "Kikuyu")
    N("[08:02] Ops Bot: Incident INC-2331 - pack-line-02 ĩtirĩ kũruta mĩhuko (jam E-PK-017), cluster mfs-lab-onprem")
    p = pw(15)
    C(f"[08:05] Wanjiru Kamau: Nĩndacenjia kiugo kĩa hitho kĩa packd gũtuĩka {p}, ndũkakĩandĩke kũngĩ", "Wanjiru Kamau", p)
    wh = hexs(32) + "/" + uuid() + "/V2" + rs(43, URLSAFE)
    C(f"[08:07] Njoroge Mwangi: Webhook ya alerts nĩ ĩno: https://marrowfield.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{wh}",
      "Njoroge Mwangi", wh)
    ms = rs(64, AL)
    C(f"[08:10] Ops Bot: M-Pesa Daraja consumer_secret nĩ yonekire thĩinĩ wa logs: {ms}", ms)
    P("[08:12] Njoroge Mwangi: Mũguri ũrĩa wakũrĩte nĩ Wambui Njeri, thimũ 0712 348 905, aikaraga Thika Road, Roysambu, nyũmba B14",
      "Njoroge Mwangi", "Wambui Njeri", "0712 348 905", "Thika Road, Roysambu, nyũmba B14")
    ke = reg("ke_id", "g28_wambui", "28471936")
    P(f"[08:14] Wanjiru Kamau: Namba yake ya ID nĩ {ke}, na email nĩ wambui.njeri77@gmail.com", "Wanjiru Kamau", ke, "wambui.njeri77@gmail.com")
    P("[08:20] Njoroge Mwangi: IP yake nĩ 41.90.64.118 (fibre ya mũciĩ), ti bot", "Njoroge Mwangi", "41.90.64.118")
    P("[08:22] Wanjiru Kamau: Ngũmũtumĩra Wambui SMS rĩu", "Wanjiru Kamau", "Wambui")
    N(f"[08:25] Ops Bot: Rollback gũkinya packd 2.3.0.90 nĩ kwarĩkia; commit {sha1()}")
    N("[08:27] Ops Bot: Metric packd_jam_events_total nĩ 0 minitĩ 10 ciothe")
    N("[08:30] Ops Bot: Ũrĩa ũkwenda kiugo kĩa hitho: vault kv get secret/mfs-lab/packd")
    N("[08:35] Ops Bot: Dashboard https://grafana.mfs.internal/d/packd-overview nĩ ĩrorwo nĩ SRE on-call")
    N("[08:33] Ops Bot: Kadi ya kũgeria 5555 5555 5555 4444 nĩyo yahũthĩrirwo staging")
    N(f"[08:40] Ops Bot: Incident INC-2331 nĩ yathira (resolved), ticket MFS-1433, trace {trace()}")


def g29():
    G("g29", "mysql session", "English")
    p = pw(18)
    C(f"$ mysql -h mysql-swap.mfs.internal -u swap_admin --password={p} swap", p)
    N("mysql> SELECT VERSION();  -- 8.0.39-0ubuntu0.22.04.1")
    p2 = pw(16)
    C(f"mysql> CREATE USER 'report_ro'@'10.42.%' IDENTIFIED BY '{p2}';", p2)
    cs = rs(40, AL)
    C(f"mysql> UPDATE oauth_clients SET client_secret='{cs}' WHERE client_id='swap-ios';", cs)
    bc = bcrypt()
    C(f"| 55120 | oscar.lindholm@gmail.com | {bc} |", "oscar.lindholm@gmail.com", bc)
    P("| 55121 | Oscar Lindholm | +46 70 412 88 31 | Rosenlundsgatan 22, 118 53 Stockholm |",
      "Oscar Lindholm", "+46 70 412 88 31", "Rosenlundsgatan 22, 118 53 Stockholm")
    ib = reg("iban", "g29_aino", ids.iban("FI", "42311234567891"))
    P(f"| 55122 | Aino Virtanen | aino.virtanen@kolumbus.fi | {ib} |", "Aino Virtanen", "aino.virtanen@kolumbus.fi", ib)
    P("mysql> SELECT id, title FROM listings WHERE seller_ip = '83.233.19.142';", "83.233.19.142")
    N("Query OK, 1 row affected (0.01 sec)  Rows matched: 1  Changed: 1  Warnings: 0")
    N("ERROR 1045 (28000): Access denied for user 'report_ro'@'10.42.3.17' (using password: YES)")
    N("mysql> SELECT COUNT(*) FROM listings WHERE status = 'draft';  -- 4412")
    N("mysql> SHOW GRANTS FOR 'report_ro'@'10.42.%';  -- GRANT SELECT ON `swap`.* TO `report_ro`@`10.42.%`")
    N("mysql> SELECT user, plugin FROM mysql.user WHERE user LIKE 'svc_%';  -- svc_swap | caching_sha2_password")


def g30():
    G("g30", "Postfix/Dovecot mail log", "English")
    N("Dec  6 07:00:01 mx-01 postfix/pickup[1123]: 8A1F2C03B7: uid=998 from=<noreply@marrowfieldseeds.com>")
    P("Dec  6 07:00:02 mx-01 postfix/smtp[1130]: 8A1F2C03B7: to=<kieran.mcallister@eircom.net>, relay=mx1.eircom.net[159.134.198.5]:25, delay=1.2, status=sent (250 ok)",
      "kieran.mcallister@eircom.net")
    P("Dec  6 07:00:04 mx-01 postfix/smtpd[1131]: connect from host86-131-22-9.range86-131.btcentralplus.com[86.131.22.9]",
      "host86-131-22-9.range86-131.btcentralplus.com", "86.131.22.9")
    sp = pw(12)
    blob = b64("\0niamh.dolan@marrowfieldseeds.com\0" + sp)
    C(f"Dec  6 07:00:05 mx-01 postfix/smtpd[1131]: warning: SASL PLAIN authentication failed: {blob}", blob)
    dp = pw(14)
    C(f"Dec  6 07:00:09 mx-01 dovecot: auth: Debug: passwd-file(relay-bot,10.42.5.9): password mismatch (given password: {dp})", dp)
    sg = sendgrid()
    C(f"Dec  6 07:00:12 mx-01 notify-worker[2210]: smtp relay login smtp.sendgrid.net:587 user=apikey pass={sg}", sg)
    pp = reg("ie_ppsn", "g30_niamh", ids.ie_ppsn("6381945"))
    P(f"Dec  6 07:00:15 mx-01 notify-worker[2210]: queued germ-test certificate for Niamh Dolan (member M-33807, PPSN {pp}), phone 087 219 4406",
      "Niamh Dolan", pp, "087 219 4406")
    P("Dec  6 07:00:20 mx-01 notify-worker[2210]: bounce 550 5.1.1 <f.ocallaghan1961@gmail.com>: user unknown (Fionnuala O'Callaghan, DOB 1961-02-19 on file)",
      "f.ocallaghan1961@gmail.com", "Fionnuala O'Callaghan", "1961-02-19")
    N("Dec  6 07:00:21 mx-01 postfix/qmgr[1100]: 8A1F2C03B7: removed")
    N("Dec  6 07:02:11 mx-01 postfix/anvil[1140]: statistics: max connection rate 4/60s for (smtp:10.42.5.9) at Dec  6 06:58:02")
    N("Dec  6 07:00:30 mx-01 postfix/smtp[1133]: connect to gmail-smtp-in.l.google.com[2a00:1450:400c:c0b::1b]:25: Network is unreachable")
    N("Dec  6 07:00:31 mx-01 opendkim[880]: 8A1F2C03B7: DKIM-Signature field added (s=mfs2024, d=marrowfieldseeds.com)")
    N("Dec  6 07:01:00 mx-01 notify-worker[2210]: metrics notify_mail_sent_total=812 notify_mail_bounced_total=4")


def g31():
    G("g31", "GitHub Actions workflow and log", "Tsonga")
    N("name: deploy-catalog  # Ku humesa catalog-api eka mfs-prod-euw1 loko ku ri na tag")
    N("        env: { REGISTRY_TOKEN: ${{ secrets.REGISTRY_TOKEN }} }  # phasiwedi yi huma eka GitHub secrets, yi nga tsariwi laha")
    N(f"Run actions/checkout@v4  with: ref: {sha1()}")
    n = npm()
    C(f"        run: echo \"NPM_TOKEN={n}\" >> $GITHUB_ENV  # Hlengani u tsarile leswi, swi fanele ku susiwa", n, "Hlengani")
    py = pypi()
    C(f"  ##[debug] PYPI_TOKEN={py}", py)
    kt = jwt("system:serviceaccount:ci:deployer")
    C(f"        run: kubectl --server https://k8s.mfs.internal:6443 --token={kt} rollout restart deploy/catalog-api", kt)
    p = pw(14)
    C(f"  # Phasiwedi ya dashboard ya staging: Tsakani u yi cincile ku {p}", p, "Tsakani")
    P("  git config user.email \"nyiko.chauke@gmail.com\" && git config user.name \"Nyiko Chauke\"", "nyiko.chauke@gmail.com", "Nyiko Chauke")
    za = reg("za_id", "g31_tsakani", ids.za_id("910213041208"))
    P(f"  ##[notice] Xihoxo: nomboro ya ID {za} yi kumekile eka fixtures/members.json (Tsakani Maluleke)", za, "Tsakani Maluleke")
    P("  # Loko swi tsandzeka, ringela Hlengani Baloyi eka 082 417 3390", "Hlengani Baloyi", "082 417 3390")
    P("  ##[warning] Adirese ya kaya ya Nyiko, 14 Mopani Street, Giyani, 0826, yi kona eka test snapshot", "Nyiko", "14 Mopani Street, Giyani, 0826")
    N("  ##[group]Run docker/build-push-action@v6  with: tags: registry.mfs.internal/catalog-api:5.2.1.0")
    N(f"  Digest: sha256:{sha256()}")
    N("  ##[error]Process completed with exit code 1. Vona MFS-1440.")


def g32():
    G("g32", "WhatsApp ops group chat", "Kirundi")
    N("[06/12/2024, 07:41] Marrowfield Ops Bot: Ikosa: label-gw ntikora (HTTP 503), ticket MFS-1451")
    p = pw(13)
    C(f"[06/12/2024, 07:45] Aline Irakoze: Nahinduye ijambo ry'ibanga rya label-gw, ubu ni {p}. Ntimuryandike ahandi.", "Aline Irakoze", p)
    t = rs(40, AL)
    C(f"[06/12/2024, 07:47] Eric Niyonzima: Token ya API y'ubutumwa bugufi (SMS gateway): {t}", "Eric Niyonzima", t)
    o = otp()
    C(f"[06/12/2024, 07:50] Aline Irakoze: Kode ya OTP naronse ni {o}, munyihutire imbere y'uko irangira", "Aline Irakoze", o)
    P("[06/12/2024, 07:52] Eric Niyonzima: Umukiriya yahamagaye ni Claudine Ndayishimiye, terefone +257 79 41 26 83",
      "Eric Niyonzima", "Claudine Ndayishimiye", "+257 79 41 26 83")
    P("[06/12/2024, 07:55] Aline Irakoze: Aderese yiwe: Rohero I, Avenue de l'Amitié 27, Bujumbura",
      "Aline Irakoze", "Rohero I, Avenue de l'Amitié 27, Bujumbura")
    P("[06/12/2024, 07:58] Eric Niyonzima: Email yiwe ni claudine.ndayi@yahoo.fr, yariyandikishije kabiri", "Eric Niyonzima", "claudine.ndayi@yahoo.fr")
    P("[06/12/2024, 08:02] Aline Irakoze: IP yiwe ni 196.2.14.77, si robo", "Aline Irakoze", "196.2.14.77")
    N("[06/12/2024, 08:05] Marrowfield Ops Bot: Gusubira inyuma kuri label-gw 4.11.2.6 vyarangiye neza")
    N("[06/12/2024, 08:06] Marrowfield Ops Bot: Ijambo ry'ibanga riri muri Vault: vault kv get secret/mfs-prod/label-gw")
    N(f"[06/12/2024, 08:10] Marrowfield Ops Bot: label_gw_http_5xx_total yagarutse kuri 0; trace {trace()}")
    N("[06/12/2024, 08:12] Marrowfield Ops Bot: <Media omitted>")
    N("[06/12/2024, 08:15] Marrowfield Ops Bot: Imashini zebra-zt411-03 iri kuri 10.40.12.33:9100")


def g33():
    G("g33", "Kafka topic dump (kcat)", "English")
    sp = pw(20)
    C(f"% kcat -b kafka-01.mfs.internal:9093 -X security.protocol=SASL_SSL -X sasl.username=mfs-orders -X sasl.password={sp} -t orders.v1 -C -o -6", sp)
    P('48213017 SO-451872 {"order_id":"SO-451872","customer":{"name":"Ravi Chandrasekar","email":"ravi.chandrasekar@outlook.com","phone":"+1 647-318-2290"}}',
      "Ravi Chandrasekar", "ravi.chandrasekar@outlook.com", "+1 647-318-2290")
    P('48213017 SO-451872 {"ship_to":{"line1":"88 Roncesvalles Ave, Unit 3","city":"Toronto","postal":"M6R 2K9"}}', "88 Roncesvalles Ave, Unit 3", "M6R 2K9")
    ax = reg("card", "g33_ravi_amex", ids.card("37144963539843"))
    P(f'48213017 SO-451872 {{"payment":{{"card":"{ax}","exp":"04/28","brand":"amex"}}}}', ax)
    P('48213018 SO-451872 {"gift_note":"Happy birthday Amma!","recipient":"Hema Chandrasekar","client_ip":"99.231.14.87"}',
      "Hema Chandrasekar", "99.231.14.87")
    dp = pw(16)
    C(f'48213021 cfg {{"type":"connector.config","connection.user":"debezium","connection.password":"{dp}"}}', dp)
    sh = slack_hook_secret()
    C(f'48213022 cfg {{"type":"webhook.register","url":"https://hooks.slack.com/services/T02M8KJ4Q/B07K2L9QZ/{sh}"}}', sh)
    srp = pw(18)
    C(f'48213024 cfg {{"type":"schema.registry","basic.auth.credentials.source":"USER_INFO","basic.auth.user.info":"orders-sr:{srp}"}}', srp)
    N('48213019 SO-451870 {"order_id":"SO-451870","payment":{"card":"****0005","brand":"amex","test_mode":true}}')
    N('48213020 SO-451871 {"event":"order.cancelled","reason_code":"E-PAY-402","actor":"svc-payments"}')
    N(f'48213023 SO-451873 {{"order_id":"SO-451873","status":"packed","trace_id":"{trace()}","schema_version":"1.3.0.2"}}')
    N("% Reached end of topic orders.v1 [0] at offset 48213024")
    N("% consumer group orders-indexer: partition 2 lag 0 (kafka_consumergroup_lag)")


def g34():
    G("g34", "Vault CLI session", "English")
    N("$ vault login -method=oidc role=sre")
    acc = "".join(NZ.choice(AL) for _ in range(24))
    N(f"token_accessor       {acc}    token_policies [\"default\" \"sre\"]    token_duration 768h")
    v = hvs()
    C(f"token                {v}", v)
    N("$ vault kv get secret/mfs-prod/catalog-api/db")
    p = pw(22)
    C(f"password    {p}", p)
    g = ghp()
    C(f"$ gh auth login --with-token <<< {g}", g)
    az = azure_key()
    C(f"$ az storage blob list --account-name mfsgermlab --container-name certs --account-key \"{az}\"", az)
    P("$ vault kv put secret/mfs-prod/hr/contractors/anika-svensson email=anika.svensson@gmail.com phone=\"+46 73 882 14 09\"",
      "anika-svensson", "anika.svensson@gmail.com", "+46 73 882 14 09")
    P("$ grep remote_address /var/log/vault/audit.log | tail -1  -> \"remote_address\":\"94.234.118.62\",\"display_name\":\"oidc-matteo.ferraro@marrowfieldseeds.com\"",
      "94.234.118.62", "matteo.ferraro@marrowfieldseeds.com")
    ib = reg("iban", "g34_tariq", ids.iban("FR", "30006000011234567890189"))
    P(f"iban        {ib}    holder    Tariq Benali", ib, "Tariq Benali")
    cpf = reg("br_cpf", "g34_thiago", ids.br_cpf("528417306"))
    P(f"{{\"name\":\"Thiago Nascimento\",\"cpf\":\"{cpf}\",\"farm\":\"Sítio Boa Semente\"}}", "Thiago Nascimento", cpf)
    N("Key         Value")
    N("$ vault token lookup | grep -E 'ttl|policies'  ->  ttl 767h59m12s  policies [default sre]")


def g35():
    G("g35", "customer email", "Hmong")
    P("From: Pa Nhia Vang <panhia.vang@gmail.com>", "Pa Nhia Vang", "panhia.vang@gmail.com")
    N("To: support@marrowfieldseeds.com")
    N("Subject: Kuv cov noob zaub tseem tsis tau tuaj txog (Order SO-452210)")
    P("Nyob zoo, kuv yog Pa Nhia Vang. Kuv tus xov tooj yog (651) 428-3019.", "Pa Nhia Vang", "(651) 428-3019")
    P("Kuv chaw nyob yog 1047 Arcade St, Saint Paul, MN 55106.", "1047 Arcade St, Saint Paul, MN 55106")
    p = pw(11)
    C(f"Kuv twb hloov kuv lo lus zais mus ua {p} lawm tab sis tseem nkag tsis tau.", p)
    o = otp()
    C(f"Tus code uas nej xa tuaj rau kuv yog {o}, tab sis nws hais tias tas sij hawm lawm.", o)
    ss = reg("us_ssn", "g35_panhia", "471-82-3356")
    P(f"Kuv tus SSN yog {ss} yog nej xav tau rau daim ntawv se.", ss)
    P("Kuv tus txiv Tou Xiong kuj muaj ib tug account, nws email yog touxiong.mn@yahoo.com.", "Tou Xiong", "touxiong.mn@yahoo.com")
    rt = rs(43, URLSAFE)
    C(f"Kuv tus tub hais tias qhov link no tsis ua hauj lwm: https://swap.marrowfieldseeds.com/reset?token={rt}", rt)
    N("Ua tsaug ntau heev,")
    N("> Marrowfield Seed Co-op support: Peb tau txais koj tsab ntawv lawm, ticket MFS-1460.")
    N("> Thov tsis txhob xa koj lo lus zais los ntawm email. Peb yuav tsis nug koj tus password li.")


def g36():
    G("g36", "support ticket notes", "Mizo")
    N("Ticket MFS-1472 · Status: Open · Service: member-billing · Severity: S3")
    N("Thupui: Member thar hian signup laiin OTP a dawng thei lo")
    P("Customer: Lalrinpuii Ralte, email rinpuii.ralte@gmail.com, phone +91 94361 28745",
      "Lalrinpuii Ralte", "rinpuii.ralte@gmail.com", "+91 94361 28745")
    P("A awmna: House No. B-27, Chanmari West, Aizawl, Mizoram 796007", "House No. B-27, Chanmari West, Aizawl, Mizoram 796007")
    aa = reg("in_aadhaar", "g36_rinpuii", ids.aadhaar("58204719362"))
    P(f"Aadhaar number a rawn thawn: {aa} (he ticket-ah hian a awm tur a ni lo)", aa)
    P("Chat-ah a handle chu @rinpuii.ralte a ni a, a pian ni 1996-08-14 tiin a ziak", "@rinpuii.ralte", "1996-08-14")
    P("A unaupa Lalremruata pawhin account a nei, a phone chu 98620 41937", "Lalremruata", "98620 41937")
    p = pw(14)
    C(f"Agent note: Zothanpuia chuan admin password chu {p} ah a thlak, a hnuah kan thlak leh ang", "Zothanpuia", p)
    k = rs(24, AL)
    C(f"Log: sms gateway auth failed for user mfs_sms, authkey {k}", k)
    o = otp()
    C(f"OTP a dawn chu {o} a ni a, minute 10 hnuah a expire", o)
    N(f"Error code: E-OTP-429 (rate limited), trace {trace()}")
    N("Hriatna: Password leh API key te chu Vault-ah a awm: secret/mfs-prod/member-billing/sms")
    N("Test card 4111 1111 1111 1111 hmangin payment flow kan test a, a tha")
    N("Version: member-billing 5.2.0.1147, pod member-billing-5f6d7c8b9-kx2lp")


# =====================================================================================


DOC_TEST_VALUES = {  # vendors' documented test cards / example ids allowed in negatives
    "4242424242424242": "Stripe test Visa",
    "4000056655665556": "Stripe test Visa debit",
    "5555555555554444": "Stripe/Adyen test Mastercard",
    "4111111111111111": "generic documented Visa test card",
}

HEADER = "# kind\ttext\tmust-vanish\tsource\n"

README_HEAD = """# batch28 - redaction-gate evaluation lines (writer 28)

**Who / when / how.** Written by independent evaluation-data writer 28 (acting as a security-minded SRE) in one
session, December 2024 timestamps inside the artefacts, working only inside `/work/writers/batch28`, Python 3
standard library only, nothing fetched. All lines are hand-written inside `gen.py`; secret bodies are drawn from
`random.Random(28)` in the fixed order the lines appear (g01 -> g36); non-secret look-alikes (SHAs, digests, UUIDs,
trace/span ids, fingerprints, Vault accessors, Twilio account SIDs) come from a separate `random.Random(2828)` so they
never shift secret draws. National ids, IBANs and payment cards are typed as bases and completed with check digits by
the hand-written `ids.py`; every one is listed in `batch28_ids.tsv` and re-checked by `validate.py`.
`python3 gen.py && python3 validate.py` rebuilds everything byte-identically and prints `OK`.

**Theme.** Marrowfield Seed Co-op, an heirloom seed bank with a germination-testing lab, a member seed-swap market
and mail-order packing. Public domain `marrowfieldseeds.com` (`swap.`, `api.`, `germlab.`, `sso.`), internal zone
`mfs.internal`; clusters `mfs-prod-euw1`, `mfs-stg-euw1`, `mfs-lab-onprem`; services `catalog-api`, `germlab-svc`,
`swap-market`, `member-billing`, `pack-line`/`packd`, `label-gw`, `seedvault-indexer`, `notify-worker`; tickets
`MFS-nnnn`, incidents `INC-nnnn`, runbooks `RB-nnn`.

**Files.** `batch28_dev.tsv` (odd groups), `batch28_test.tsv` (even groups), columns
`kind<TAB>text<TAB>must-vanish<TAB>source`; must-vanish items are joined by ` ||| ` and each occurs verbatim in its
line. English groups are g01-g02, g05-g06, ... (pairs), so each split holds 9 English and 9 other-language groups.

## Labelling conventions
* **credential** = the line holds at least one secret; its must-vanish lists every secret *and* every PII item in it.
  **pii** = personal data but no secret. **negative** = nothing must vanish.
* Secrets: passwords (in URLs, flags, configs, tables, prose in any language), API keys/tokens of every vendor,
  private-key bodies, session/refresh cookie values, Basic-auth and SASL PLAIN blobs (the base64 string), base64
  values in k8s `data:`, webhook secrets (Slack: the last path segment; Teams: everything after `IncomingWebhook/`;
  Discord: the token segment), OAuth client secrets, password-reset tokens, bcrypt hashes, one-time codes (even
  expired ones, listed exactly as written, e.g. spaced digits read aloud). Only the secret part is listed: the
  password, not the user name or host.
* Not secret: usernames of service accounts, Stripe *publishable* keys (`pk_live_`, public by design), Twilio
  account SIDs, Vault token *accessors*, Slack member ids (`U04...`), key ids/prefixes and masked keys
  (`mfs_live_****7Qx2`), secret *references* (`${{ secrets.X }}`, `$VAR`, `existingSecret:`, `vault kv get ...`,
  `/run/secrets/...`, Ansible `lookup(...)`), placeholders (`<YOUR_...>`, `REF-XXXX-0000`), `[Filtered]`/`[REDACTED]`.
* PII: person names of customers, staff and relatives in any form - full, first name alone, surname alone (CSV
  columns), possessive/inflected forms (`Jana Nowaka`, `Hanu Kralowu`, `Beder Penrose`, `Martë Kòwalewsczi`,
  `Дулма Бадмаевагай`, `Аюр Намсараевай`) listed exactly as they appear; handles and logins made from real names
  (`@kobuya`, `jlabuda`, `hana.kralowa`, `r.haddad`, `anika-svensson`); personal e-mails *including staff work
  addresses made from a name* (`hilde.varga@marrowfieldseeds.com`) and URL-encoded forms; personal phones in national
  formats; home/postal addresses of people (street-level span; a bare postcode column is not listed); national ids,
  tax ids, IBANs of persons, full payment card numbers; dates of birth; public client IP addresses and reverse-DNS
  names that embed them. Speaker names in chat transcripts are PII on every line where they appear.
* Not PII: role/system mailboxes (`support@`, `noreply@`, `postmaster@`, `import-bot@`), bot and service accounts
  (`svc-ci`, `deploy-bot`, `Ops Bot`, `jira-bot`), the company's published phone number and office address,
  RFC 1918 / loopback / link-local / IPv6 infrastructure addresses and vendor MX addresses, internal pseudonymous ids
  (`usr_5521`, `M-20931`, `SO-451872`, `INV-...`), last-4 / masked card or IBAN fragments, `example.com` fixtures,
  documented vendor test cards (4242 4242 4242 4242, 4000 0566 5566 5556, 5555 5555 5555 4444, 4111 1111 1111 1111).
* Negatives deliberately carry look-alikes: commit SHAs, sha256 digests, UUIDs, W3C trace/span ids, SSH
  fingerprints, four-part versions, hostnames, ports, ticket/incident ids, error codes, metric names, base64 of a
  hostname, masked values, secret references and placeholders.

## Groups
| group | split | artefact | language | credential | pii | negative | lines |
|---|---|---|---|---|---|---|---|
"""


def build():
    global R, NZ
    R = random.Random(28)
    NZ = random.Random(2828)
    del SECRETS[:], IDS[:], GROUPS[:]
    for i in range(1, 37):
        globals()["g%02d" % i]()
    dev, test = [HEADER], [HEADER]
    rows = []
    tot = {"credential": 0, "pii": 0, "negative": 0}
    for g in GROUPS:
        n = int(g["gid"][1:])
        split = "dev" if n % 2 else "test"
        src = "writer28 %s %s (%s)" % (g["gid"], g["artefact"], g["lang"])
        cnt = {"credential": 0, "pii": 0, "negative": 0}
        for kind, text, mv in g["lines"]:
            cnt[kind] += 1
            (dev if split == "dev" else test).append("%s\t%s\t%s\t%s\n" % (kind, text, " ||| ".join(mv), src))
        for k in cnt:
            tot[k] += cnt[k]
        rows.append("| %s | %s | %s | %s | %d | %d | %d | %d |\n" % (
            g["gid"], split, g["artefact"], g["lang"], cnt["credential"], cnt["pii"], cnt["negative"], len(g["lines"])))
    rows.append("| **total** | | | | %d | %d | %d | %d |\n" % (tot["credential"], tot["pii"], tot["negative"], sum(tot.values())))
    idt = ["# scheme\tkey\tvalue\n"] + ["%s\t%s\t%s\n" % t for t in IDS]
    return {
        "batch28_dev.tsv": "".join(dev),
        "batch28_test.tsv": "".join(test),
        "batch28_ids.tsv": "".join(idt),
        "README.md": README_HEAD + "".join(rows),
    }


def main():
    for name, content in build().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    print("wrote %d groups" % len(GROUPS))


if __name__ == "__main__":
    main()
