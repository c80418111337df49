# Sourced by the scripts that start `dni serve --port 0`: serve_port LOG [PID] prints the port the server
# wrote to LOG once it is listening, or nothing after 10 s or as soon as process PID has ended.
serve_port() {
    local port=""
    for _ in $(seq 100); do
        port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$1")
        [ -n "$port" ] && break
        [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null && break
        sleep 0.1
    done
    echo "$port"
}
