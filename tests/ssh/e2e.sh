#!/usr/bin/env bash
# End-to-end over a real SSH session on 127.0.0.1: phongvan in `ssh -tt` (keys, screen,
# clean exit), and `ssh host phongvan < article` without a terminal (a transcript).
# usage: tests/ssh/e2e.sh PATH/TO/phongvan
# Installs OpenSSH's server from the distribution's packages when it is missing (CI runs
# as root on Debian); starts a throwaway sshd with its own host key and authorized key.
set -euo pipefail
bin=$(realpath "${1:?usage: e2e.sh PATH/TO/phongvan}")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

if ! [ -x /usr/sbin/sshd ] || ! command -v ssh >/dev/null; then
  echo "installing openssh-server and openssh-client"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server openssh-client >/dev/null
fi
python3 -c 'import pyte' 2>/dev/null || pip install -q pyte

work=$(mktemp -d)
cleanup() {
  [ -f "$work/sshd.pid" ] && kill "$(cat "$work/sshd.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

ssh-keygen -q -t ed25519 -N '' -f "$work/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$work/client_key"
cp "$work/client_key.pub" "$work/authorized_keys"
chmod 600 "$work/authorized_keys"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p /run/sshd
cat > "$work/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $port
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin yes
StrictModes no
UsePAM no
AcceptEnv LANG LC_*
CONF
/usr/sbin/sshd -f "$work/sshd_config" -E "$work/sshd.log"
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done

user=$(id -un)
ssh_opts=(-i "$work/client_key" -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
  -o BatchMode=yes -o LogLevel=ERROR)
remote="cd '$repo' && LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME='$work/state' '$bin'"

# 1. interactive, with a terminal: keys in, screen checked, clean exit
python3 "$here/drive.py" 90 30 -- ssh -tt "${ssh_opts[@]}" "$user@127.0.0.1" "$remote data/hanoimoi-2023-thanh-xuan.txt"

# 2. no terminal: the article on stdin, a transcript out
out=$(ssh "${ssh_opts[@]}" "$user@127.0.0.1" "$remote" < "$repo/data/hanoimoi-2023-thanh-xuan.txt")
head -1 <<<"$out" | grep -qx "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững" \
  || { echo "no transcript over ssh:"; echo "$out" | head; exit 1; }
# the closing thanks is a remark: printed without a "Q:" label
grep -qx "Trân trọng cảm ơn đồng chí!" <<<"$out" || { echo "transcript incomplete"; exit 1; }
echo "ssh host phongvan < article: plain transcript ($(wc -l <<<"$out") lines)"
echo "2 passed, 0 failed"
