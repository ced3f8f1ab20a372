# Helpers shared by scripts/test.sh, load-test.sh and reliability.sh; sourced, not run.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# install_package <name>: apt-get install; the package lists are refreshed only when the first try
# fails (a fresh image may have none), and then once per run.
apt_updated=0
install_package() {
    echo "== installing $1"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$1" >/dev/null 2>&1 && return 0
    if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$1" >/dev/null
}

# free_port: prints a loopback port nothing listens on.
free_port() {
    local candidate
    for _ in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return 0; fi
    done
    echo "no free port found" >&2
    return 1
}

# http_status <port> <path>: the status code of a GET on loopback, with bash alone (curl may be
# absent on a fresh machine); empty when nothing answers within 5 s.
http_status() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 0
        printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
        IFS=' ' read -r -t 5 _ code _ <&3 || true
        printf '%s' "${code:-}"
    ) 2>/dev/null
}

# write_check_once <file>: a wrk script posting scripts/load-check.lua's request that exits 1 unless
# the answer is the contract example's (amount 445.00), so a wrong route fails loudly, not as an error rate.
write_check_once() {
    {
        cat scripts/load-check.lua
        cat <<'LUA'
response = function(status, headers, body)
    if status ~= 200 or not body:find('"amount":445.00', 1, true) then
        io.stderr:write("unexpected check response " .. status .. ": " .. body:sub(1, 300) .. "\n")
        os.exit(1)
    end
end
LUA
    } >"$1"
}
