#!/usr/bin/env bash
# Real-server rig for SMTP Desk's integration tests: a private Postfix + Dovecot SASL on 127.0.0.1.
#
#   mailserver.sh start  DIR   (re)start the servers; prints the key=value lines also written to DIR/env.sh
#   mailserver.sh stop   DIR   stop them and wait until no process of this rig (for DIR) is left
#   mailserver.sh status DIR   exit 0 if both servers of DIR run, 1 if none, 2 if only part of them
#
# What `start` does:
#   * As root, installs what is missing from Debian's archive (postfix, dovecot-core, openssl) with a
#     temporary /usr/sbin/policy-rc.d that exits 101, so apt starts no system service, and with
#     postfix/main_mailer_type preseeded to "No configuration", so no system-wide Postfix is set up.
#   * Writes everything into DIR (created if missing) and changes nothing elsewhere, no systemd:
#       DIR/tls/      throwaway CA (ca.pem) and leaf certificates made with openssl
#       DIR/postfix/  main.cf, master.cf and maps (config_directory)
#       DIR/postfix-queue/, DIR/postfix-data/   Postfix's queue_directory and data_directory
#       DIR/dovecot/  dovecot.conf, users (passwd-file), run/ (base_dir), state/
#       DIR/mail/     Maildir that mail for the test user is delivered to (DIR/mail/<user>/new/)
#       DIR/postfix.log, DIR/dovecot.log   the servers' logs (Postfix logs through postlogd)
#   * Starts Dovecot (dovecot -c DIR/dovecot/dovecot.conf) as an authentication server only (no IMAP/POP)
#     whose socket Postfix uses for SASL (DIR/postfix-queue/private/auth), then Postfix
#     (postfix -c DIR/postfix start) with four smtpd listeners on 127.0.0.1:
#       PORT_STARTTLS (10587)  plain TCP, STARTTLS offered, AUTH (PLAIN LOGIN CRAM-MD5) only after STARTTLS
#       PORT_TLS      (10465)  implicit TLS ("submissions"), AUTH offered at once
#       PORT_EXPIRED  (10588)  like PORT_STARTTLS but the certificate expired in 2001
#       PORT_WRONGHOST(10589)  like PORT_STARTTLS but the certificate names wrong.example.invalid only
#     Ports come from SMTPDESK_IT_PORT_BASE (the four ports are BASE, BASE+1, BASE+2, BASE+3) or one by one
#     from SMTPDESK_IT_PORT_STARTTLS / _TLS / _EXPIRED / _WRONGHOST; a port already in use is an error.
#   * Mail policy: relaying only for authenticated clients (relayed mail is discarded, nothing leaves the
#     machine); local domain smtpdesk.test has one mailbox, the test user's; an unknown local recipient gets
#     550 5.1.1; an authenticated client may only use its own address as envelope sender; a failed AUTH
#     gets 535 5.7.8 after about 0.5 s (auth_failure_delay 0, and Dovecot's per-IP brute-force penalty is
#     switched off, so one failed AUTH does not slow down the next tests).
#   * Waits until every port answers and prints HOST, PORT_*, USER, PASSWORD, CA_FILE, fingerprints,
#     recipients, FROM and log paths as KEY=value lines (shell-safe, no quoting needed). Note that sourcing
#     DIR/env.sh overrides $USER: source it in a subshell, or parse the lines.
#   Running `start` again restarts the rig (same DIR, possibly new ports); certificates are kept while valid.
#
# Needs root (Postfix's master and Dovecot switch users). DIR (made mode 755) must be at most 60 characters
# long without whitespace (Unix socket paths are limited to 107 bytes), and the users postfix, nobody and
# dovecot must be able to reach it (every parent searchable by others: /tmp/... is fine, /root/... is not).
set -euo pipefail

readonly IT_DOMAIN=smtpdesk.test
readonly IT_USER_LOCAL=tester
readonly IT_USER="$IT_USER_LOCAL@$IT_DOMAIN"
readonly IT_PASSWORD='Desk-Pa55word.42'
readonly IT_HOSTNAME=mail.smtpdesk.test
readonly WRONG_HOST=wrong.example.invalid
readonly PACKAGES=(postfix dovecot-core openssl)
readonly START_TIMEOUT=20 # seconds for each server to come up

die() { echo "mailserver.sh: error: $*" >&2; exit 1; }
note() { echo "mailserver.sh: $*" >&2; }

usage() {
    echo "usage: $0 start|stop|status DIR" >&2
    exit 64
}

# ---------------------------------------------------------------------------------------------- packages

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

install_missing() {
    local missing=() pkg
    for pkg in "$@"; do is_installed "$pkg" || missing+=("$pkg"); done
    [ "${#missing[@]}" -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing packages (${missing[*]}); run as root or install them first"
    note "installing missing packages: ${missing[*]}"
    local policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\n# temporary, by SMTP Desk mailserver.sh: no service starts during apt-get install\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        # shellcheck disable=SC2064
        trap "rm -f '$policy'" EXIT
    fi
    echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || {
        note "apt-get install failed; trying again after apt-get update"
        apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
    }
    if [ -e "$policy" ] && grep -q 'SMTP Desk mailserver.sh' "$policy"; then rm -f "$policy"; fi
    trap - EXIT
}

# ----------------------------------------------------------------------------------------- processes

# PID in a pid file if that process is alive, else nothing.
live_pid() {
    local file="$1" pid
    [ -r "$file" ] || return 0
    pid="$(tr -dc '0-9' <"$file")"
    [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 0
    # A zombie (exited, not yet reaped by an init that is slow to do so) does not count.
    local state
    state="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)"
    [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ] && echo "$pid"
    return 0
}
postfix_pid() { live_pid "$DIR/postfix-queue/pid/master.pid"; }
dovecot_pid() { live_pid "$DIR/dovecot/run/master.pid"; }

# Every Postfix or Dovecot process that belongs to this DIR: its working directory or command line is inside
# DIR, or its MAIL_CONFIG points there. (Postfix's daemons run in the queue directory; Dovecot's master has
# DIR in its command line and its children run in base_dir.) Only server binaries are considered, so a
# caller whose working directory is inside DIR is never matched.
rig_pids() {
    local line pid cwd
    find /proc -mindepth 2 -maxdepth 2 -name exe -printf '%h %l\n' 2>/dev/null \
        | awk '$2 ~ /^\/usr\/(lib\/postfix\/|sbin\/postfix$|sbin\/dovecot$|lib\/dovecot\/|bin\/doveadm$)/ { print $1 }' \
        | while read -r line; do
            pid="${line#/proc/}"
            [ "$pid" = "$$" ] && continue
            cwd="$(readlink "$line/cwd" 2>/dev/null || true)"
            if [ "$cwd" = "$DIR" ] || [[ "$cwd" == "$DIR"/* ]] \
                || tr '\0' '\n' 2>/dev/null <"$line/cmdline" | grep -qF -- "$DIR/" \
                || tr '\0' '\n' 2>/dev/null <"$line/environ" | grep -qxF -- "MAIL_CONFIG=$DIR/postfix"; then
                echo "$pid"
            fi
        done
    return 0
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Reads an SMTP greeting ("220 ...") from a plain port within a few seconds.
port_greets() {
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    IFS= read -r -t 5 line <&3 || { exec 3>&-; return 1; }
    printf 'QUIT\r\n' >&3 || true
    exec 3>&-
    [[ "$line" == 220* ]]
}

# Reads the greeting through implicit TLS (no certificate check: this only asks "is it up?").
tls_greets() {
    local out
    out="$(printf 'QUIT\r\n' | timeout 5 openssl s_client -connect "127.0.0.1:$1" -quiet 2>/dev/null || true)"
    [[ "$out" == 220* ]]
}

# --------------------------------------------------------------------------------------------- certs

fingerprint() { openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/^.*=//'; }

make_certs() {
    local tls="$DIR/tls"
    mkdir -p "$tls"
    # Keep existing material while the CA and the good leaves stay valid for another day.
    if [ -s "$tls/ca.pem" ] && [ -s "$tls/server.pem" ] && [ -s "$tls/wronghost.pem" ] && [ -s "$tls/expired.pem" ] \
        && openssl x509 -in "$tls/ca.pem" -noout -checkend 86400 >/dev/null \
        && openssl x509 -in "$tls/server.pem" -noout -checkend 86400 >/dev/null \
        && openssl x509 -in "$tls/wronghost.pem" -noout -checkend 86400 >/dev/null; then
        return 0
    fi
    rm -rf "$tls"
    mkdir -p "$tls/ca"
    chmod 755 "$tls"
    local key=(genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)
    openssl "${key[@]}" -out "$tls/ca.key" 2>/dev/null
    openssl req -x509 -new -key "$tls/ca.key" -sha256 -days 3650 \
        -subj "/O=SMTP Desk integration tests/CN=SMTP Desk Integration Test CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -out "$tls/ca.pem"
    # "openssl ca" rather than "x509 -req": only it sets explicit start and end dates (for the expired leaf).
    cat >"$tls/ca/ca.cnf" <<CNF
[ca]
default_ca = rig
[rig]
dir = $tls/ca
database = $tls/ca/index.txt
new_certs_dir = $tls/ca
serial = $tls/ca/serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
organizationName = optional
CNF
    : >"$tls/ca/index.txt"
    echo 1000 >"$tls/ca/serial"
    local now end
    now="$(date -u -d '1 hour ago' +%Y%m%d%H%M%SZ)"
    end="$(date -u -d '1 year' +%Y%m%d%H%M%SZ)"
    leaf() { # name CN SAN startdate enddate
        openssl "${key[@]}" -out "$tls/$1.key" 2>/dev/null
        openssl req -new -key "$tls/$1.key" -subj "/O=SMTP Desk integration tests/CN=$2" \
            -addext "subjectAltName=$3" -addext "extendedKeyUsage=serverAuth" -out "$tls/ca/$1.csr"
        openssl ca -batch -config "$tls/ca/ca.cnf" -cert "$tls/ca.pem" -keyfile "$tls/ca.key" \
            -in "$tls/ca/$1.csr" -startdate "$4" -enddate "$5" -notext -out "$tls/$1.pem" 2>/dev/null
    }
    leaf server localhost "IP:127.0.0.1,DNS:localhost,DNS:$IT_HOSTNAME" "$now" "$end"
    leaf expired localhost "IP:127.0.0.1,DNS:localhost,DNS:$IT_HOSTNAME" 20000101000000Z 20010101000000Z
    leaf wronghost "$WRONG_HOST" "DNS:$WRONG_HOST" "$now" "$end"
    chmod 600 "$tls"/*.key
    chmod 644 "$tls"/*.pem
}

# -------------------------------------------------------------------------------------------- config

choose_ports() {
    local base="${SMTPDESK_IT_PORT_BASE:-}"
    if [ -n "$base" ]; then
        if ! [[ "$base" =~ ^[0-9]+$ ]] || [ "$base" -lt 1024 ] || [ "$base" -gt 65532 ]; then
            die "SMTPDESK_IT_PORT_BASE must be a number from 1024 to 65532"
        fi
        PORT_STARTTLS="${SMTPDESK_IT_PORT_STARTTLS:-$base}"
        PORT_TLS="${SMTPDESK_IT_PORT_TLS:-$((base + 1))}"
        PORT_EXPIRED="${SMTPDESK_IT_PORT_EXPIRED:-$((base + 2))}"
        PORT_WRONGHOST="${SMTPDESK_IT_PORT_WRONGHOST:-$((base + 3))}"
    else
        PORT_STARTTLS="${SMTPDESK_IT_PORT_STARTTLS:-10587}"
        PORT_TLS="${SMTPDESK_IT_PORT_TLS:-10465}"
        PORT_EXPIRED="${SMTPDESK_IT_PORT_EXPIRED:-10588}"
        PORT_WRONGHOST="${SMTPDESK_IT_PORT_WRONGHOST:-10589}"
    fi
    local p seen=" "
    for p in "$PORT_STARTTLS" "$PORT_TLS" "$PORT_EXPIRED" "$PORT_WRONGHOST"; do
        if ! [[ "$p" =~ ^[0-9]+$ ]] || [ "$p" -lt 1 ] || [ "$p" -gt 65535 ]; then die "bad port number: $p"; fi
        [[ "$seen" == *" $p "* ]] && die "port $p is given twice"
        seen+="$p "
        if port_open "$p"; then die "port 127.0.0.1:$p is already in use (set SMTPDESK_IT_PORT_BASE)"; fi
    done
}

write_postfix_config() {
    local pf="$DIR/postfix" tls="$DIR/tls"
    local queue="$DIR/postfix-queue" data="$DIR/postfix-data"
    mkdir -p "$pf" "$queue" "$data"
    chown root:root "$pf" "$queue"
    chmod 755 "$pf" "$queue"
    chown postfix: "$data"
    chmod 700 "$data"
    # Created here (as "postfix check" would) so that Dovecot can put its socket there before Postfix starts.
    mkdir -p "$queue/private"
    chown postfix: "$queue/private"
    chmod 700 "$queue/private"
    # Maildir of the test user, written by Postfix's virtual(8) as nobody:nogroup.
    mkdir -p "$DIR/mail/$IT_USER_LOCAL"/{cur,new,tmp}
    chown -R nobody:nogroup "$DIR/mail"
    printf '%s\t%s\n' "$IT_USER" "$IT_USER_LOCAL/" >"$pf/vmailbox"
    printf '%s\t%s\n' "$IT_USER" "$IT_USER" >"$pf/sender_login"

    cat >"$pf/main.cf" <<CF
# Generated by tests/integration/mailserver.sh for SMTP Desk's integration tests. Do not edit.
compatibility_level = 3.6
queue_directory = $queue
data_directory = $data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $DIR/postfix.log
maillog_file_prefixes = $DIR
syslog_name = smtpdesk-it
myhostname = $IT_HOSTNAME
mydomain = $IT_DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
smtpd_banner = \$myhostname ESMTP SMTP Desk integration rig
biff = no
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
alias_maps =
alias_database =
local_recipient_maps =
local_transport = error:5.1.1 local delivery is off in the SMTP Desk rig
# Only the test user has a mailbox; other addresses in the domain are rejected with 550 5.1.1.
virtual_mailbox_domains = $IT_DOMAIN
virtual_mailbox_maps = texthash:$pf/vmailbox
virtual_mailbox_base = $DIR/mail
virtual_uid_maps = static:$(id -u nobody)
virtual_gid_maps = static:$(getent group nogroup | cut -d: -f3)
virtual_minimum_uid = 1
# Authenticated clients may relay; relayed mail is discarded so nothing leaves the machine.
default_transport = discard:relayed mail is discarded by the SMTP Desk rig
relay_transport = \$default_transport
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_sender_login_maps = texthash:$pf/sender_login
smtpd_sender_restrictions = reject_authenticated_sender_login_mismatch
# SASL through Dovecot; the socket path is relative to the queue directory. Enabled per listener.
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous
smtpd_sasl_tls_security_options = noanonymous
smtpd_tls_cert_file = $tls/server.pem
smtpd_tls_key_file = $tls/server.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_tls_session_cache_database =
smtp_tls_security_level = none
CF

    local sasl="-o smtpd_sasl_auth_enable=yes"
    cat >"$pf/master.cf" <<CF
# Generated by tests/integration/mailserver.sh. Nothing runs chrooted.
# service type  private unpriv  chroot  wakeup  maxproc command + args
127.0.0.1:$PORT_STARTTLS inet n - n - - smtpd -o syslog_name=smtpdesk-it/starttls $sasl
127.0.0.1:$PORT_TLS inet n - n - - smtpd -o syslog_name=smtpdesk-it/tls $sasl
  -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt
127.0.0.1:$PORT_EXPIRED inet n - n - - smtpd -o syslog_name=smtpdesk-it/expired $sasl
  -o smtpd_tls_cert_file=$tls/expired.pem -o smtpd_tls_key_file=$tls/expired.key
127.0.0.1:$PORT_WRONGHOST inet n - n - - smtpd -o syslog_name=smtpdesk-it/wronghost $sasl
  -o smtpd_tls_cert_file=$tls/wronghost.pem -o smtpd_tls_key_file=$tls/wronghost.key
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CF
    chmod 644 "$pf/main.cf" "$pf/master.cf" "$pf/vmailbox" "$pf/sender_login"
}

write_dovecot_config() {
    local dc="$DIR/dovecot"
    mkdir -p "$dc"
    chmod 755 "$dc"
    # passwd-file: user:password:uid:gid:gecos:home:shell:extra. A plaintext password lets Dovecot do CRAM-MD5.
    printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$IT_USER" "$IT_PASSWORD" "$(id -u nobody)" \
        "$(getent group nogroup | cut -d: -f3)" "$DIR/mail/$IT_USER_LOCAL" >"$dc/users"
    chown root:dovecot "$dc/users"
    chmod 640 "$dc/users"
    cat >"$dc/dovecot.conf" <<CONF
# Generated by tests/integration/mailserver.sh: authentication server only, for Postfix SASL.
protocols =
listen = 127.0.0.1
base_dir = $dc/run
state_dir = $dc/state
instance_name = smtpdesk-it
log_path = $DIR/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5
auth_username_format = %Lu
auth_verbose = yes
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN $dc/users
}
userdb {
  driver = passwd-file
  args = $dc/users
}
# No brute-force penalty: after a failed AUTH, Dovecot would otherwise delay every AUTH from 127.0.0.1 by
# 2, 4, 8 and up to 15 s for half a minute, making tests slow and flaky. (This works because the auth
# process does not run as root.) Failures are still answered after up to 0.5 s (Dovecot's flush timer).
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener $DIR/postfix-queue/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
CONF
    chmod 644 "$dc/dovecot.conf"
}

write_env() {
    local out="$DIR/env.sh"
    local lines=(
        "HOST=127.0.0.1"
        "PORT_STARTTLS=$PORT_STARTTLS"
        "PORT_TLS=$PORT_TLS"
        "PORT_EXPIRED=$PORT_EXPIRED"
        "PORT_WRONGHOST=$PORT_WRONGHOST"
        "USER=$IT_USER"
        "PASSWORD=$IT_PASSWORD"
        "CA_FILE=$DIR/tls/ca.pem"
        "SERVER_FINGERPRINT=$(fingerprint "$DIR/tls/server.pem")"
        "EXPIRED_FINGERPRINT=$(fingerprint "$DIR/tls/expired.pem")"
        "WRONGHOST_FINGERPRINT=$(fingerprint "$DIR/tls/wronghost.pem")"
        "WRONGHOST_NAME=$WRONG_HOST"
        "FROM=$IT_USER"
        "LOCAL_RECIPIENT=$IT_USER"
        "UNKNOWN_RECIPIENT=nobody-here@$IT_DOMAIN"
        "RELAY_RECIPIENT=someone@example.com"
        "MAILDIR=$DIR/mail/$IT_USER_LOCAL"
        "POSTFIX_LOG=$DIR/postfix.log"
        "DOVECOT_LOG=$DIR/dovecot.log"
    )
    local l
    for l in "${lines[@]}"; do
        [[ "$l" =~ ^[A-Z_]+=[A-Za-z0-9@._:/+-]*$ ]] || die "internal: value not shell-safe: $l"
    done
    {
        echo "# SMTP Desk integration rig for $DIR (written by mailserver.sh start). Sourcing sets \$USER!"
        printf '%s\n' "${lines[@]}"
    } >"$out.tmp"
    mv "$out.tmp" "$out"
    chmod 644 "$out"
    printf '%s\n' "${lines[@]}"
}

# ----------------------------------------------------------------------------------------- lifecycle

show_logs() {
    local f
    for f in "$DIR/postfix.log" "$DIR/dovecot.log" "$DIR/postfix-start.log" "$DIR/dovecot-start.log"; do
        [ -s "$f" ] || continue
        echo "----- last lines of $f -----" >&2
        tail -n 25 "$f" >&2
    done
}

fail_start() {
    note "$*"
    show_logs
    do_stop >/dev/null 2>&1 || true
    exit 1
}

do_stop() {
    local pid
    # SIGTERM to the masters is what "postfix stop" and "doveadm stop" send; the loop below waits.
    for pid in "$(postfix_pid)" "$(dovecot_pid)"; do
        if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
    done
    # Wait for everything to go, then force whatever is left.
    for _ in $(seq 1 50); do
        [ -z "$(rig_pids)" ] && break
        sleep 0.1
    done
    local left
    left="$(rig_pids)"
    if [ -n "$left" ]; then
        note "forcing leftover processes: $(tr '\n' ' ' <<<"$left")"
        # shellcheck disable=SC2086
        kill -KILL $left 2>/dev/null || true
        sleep 0.2
    fi
    rm -f "$DIR/postfix-queue/pid/master.pid" "$DIR/dovecot/run/master.pid"
    left="$(rig_pids)"
    [ -z "$left" ] || die "processes still running for $DIR: $(tr '\n' ' ' <<<"$left")"
    echo "stopped"
}

do_start() {
    [ "$(id -u)" -eq 0 ] || die "start needs root (Postfix and Dovecot switch users)"
    install_missing "${PACKAGES[@]}"
    getent passwd postfix >/dev/null || die "user postfix is missing (is the postfix package broken?)"
    getent passwd dovecot >/dev/null || die "user dovecot is missing (is dovecot-core broken?)"
    mkdir -p "$DIR"
    # Postfix's master and the Maildir delivery run as unprivileged users with absolute paths into DIR.
    chmod 755 "$DIR"
    local u
    for u in postfix nobody dovecot; do
        setpriv --reuid="$u" --regid="$(id -g "$u")" --clear-groups test -x "$DIR" \
            || die "user $u cannot reach $DIR: every parent directory must be searchable by others (o+x); use a folder such as /tmp/smtpdesk-it.XXXXXX"
    done
    if [ -n "$(rig_pids)" ]; then do_stop >/dev/null; fi
    choose_ports
    make_certs
    rm -f "$DIR/postfix.log" "$DIR/dovecot.log" "$DIR/postfix-start.log" "$DIR/dovecot-start.log" "$DIR/env.sh"
    write_postfix_config
    write_dovecot_config

    rm -f "$DIR/postfix-queue/private/auth"
    dovecot -c "$DIR/dovecot/dovecot.conf" >"$DIR/dovecot-start.log" 2>&1 || fail_start "Dovecot did not start"
    # "postfix start" checks the installation, creates the missing queue directories and waits for the master.
    postfix -c "$DIR/postfix" start >"$DIR/postfix-start.log" 2>&1 || fail_start "Postfix did not start"
    for _ in $(seq 1 $((START_TIMEOUT * 10))); do
        [ -S "$DIR/postfix-queue/private/auth" ] && break
        sleep 0.1
    done
    [ -S "$DIR/postfix-queue/private/auth" ] || fail_start "Dovecot's auth socket did not appear"

    local p ok
    for p in "$PORT_STARTTLS" "$PORT_EXPIRED" "$PORT_WRONGHOST" "$PORT_TLS"; do
        ok=0
        for _ in $(seq 1 $((START_TIMEOUT * 10))); do
            if [ "$p" = "$PORT_TLS" ]; then
                if port_open "$p" && tls_greets "$p"; then ok=1; break; fi
            elif port_greets "$p"; then ok=1; break; fi
            sleep 0.1
        done
        [ "$ok" -eq 1 ] || fail_start "no SMTP greeting on 127.0.0.1:$p after ${START_TIMEOUT}s"
    done
    write_env
}

do_status() {
    local pf dv
    pf="$(postfix_pid)"
    dv="$(dovecot_pid)"
    if [ -n "$pf" ] && [ -n "$dv" ]; then
        echo "running (postfix master $pf, dovecot master $dv)"
        return 0
    fi
    if [ -z "$pf" ] && [ -z "$dv" ] && [ -z "$(rig_pids)" ]; then
        echo "stopped"
        return 1
    fi
    echo "partly running (postfix master: ${pf:-none}, dovecot master: ${dv:-none}, processes: $(rig_pids | tr '\n' ' '))"
    return 2
}

# ---------------------------------------------------------------------------------------------- main

[ $# -eq 2 ] || usage
cmd="$1"
DIR="$2"
[[ "$DIR" == /* ]] || DIR="$(pwd)/$DIR"
[[ "$DIR" =~ [[:space:]] ]] && die "DIR must not contain whitespace: $DIR"
DIR="$(realpath -m "$DIR")"
[ "$DIR" != / ] || die "DIR must not be /"
[ "${#DIR}" -le 60 ] || die "DIR is too long for Unix socket paths (${#DIR} > 60 characters): $DIR"

case "$cmd" in
    start) do_start ;;
    stop) [ -d "$DIR" ] || { echo "stopped"; exit 0; }; do_stop ;;
    status) [ -d "$DIR" ] || { echo "stopped"; exit 1; }; do_status ;;
    *) usage ;;
esac
