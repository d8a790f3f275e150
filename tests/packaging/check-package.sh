#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the SRT Desk .deb from a build tree, checks it, installs it on this machine, runs its
# programs from /usr/bin, exercises the daemon the way srtdeskd.service runs it, then removes and
# purges it. Every check either passes or fails the test: nothing is skipped.
#
#   check-package.sh <build dir> <source dir> <version>
# The Debian revision is the build's SRTDESK_PACKAGE_REVISION (cmake/Packaging.cmake, cached).
#
# Needs root (dpkg -i, the system user srtdesk) and: cpack, dpkg-deb, lintian, desktop-file-validate,
# appstreamcli, systemd-analyze, man, python3 (all installed by scripts/setup).
set -euo pipefail

build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
version=$3
revision=$(sed -n 's/^SRTDESK_PACKAGE_REVISION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
[ -n "$revision" ] || { echo "FAIL: SRTDESK_PACKAGE_REVISION is not in $build_dir/CMakeCache.txt (is cmake/Packaging.cmake included?)" >&2; exit 1; }
deb_version="$version-$revision"
app_id=io.github.srtdesk.SrtDesk
marker=/var/lib/srtdesk-packaging-test.installed
daemon_pid=

checks=0
step() { printf '\n== %s\n' "$*"; }
ok() { checks=$((checks + 1)); printf 'ok: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

cleanup() {
  local status=$?
  if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
    kill -TERM "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
  fi
  if [ -e "$marker" ]; then
    echo "cleanup: purging the srtdesk package this test installed" >&2
    dpkg --purge srtdesk >/dev/null 2>&1 || true
    rm -f "$marker"
  fi
  [ -n "${work:-}" ] && rm -rf "$work"
  [ -n "${root_mode_to_restore:-}" ] && chmod "$root_mode_to_restore" /
  exit $status
}
trap cleanup EXIT

# --- preconditions --------------------------------------------------------------------------------
step "preconditions"
if [ "$(id -u)" -ne 0 ]; then
  fail "this test installs the package with dpkg and creates the system user srtdesk, so it must run as root (CI does). Run it as root: sudo ctest -L packaging --output-on-failure"
fi
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli systemd-analyze man python3 setpriv; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup (it installs everything the package test needs)"
done
if dpkg-query -W -f='${Status}' srtdesk 2>/dev/null | grep -qv '^unknown\|not-installed'; then
  if [ -e "$marker" ]; then
    echo "a previous run of this test left srtdesk installed: purging it" >&2
    dpkg --purge srtdesk
    rm -f "$marker"
  else
    fail "a package srtdesk is installed (or its configuration is left) on this machine and was not installed by this test; this test would replace and purge it. Remove it first: dpkg --purge srtdesk"
  fi
fi
if [ -e /var/lib/srtdesk ]; then
  fail "/var/lib/srtdesk exists (state of an earlier srtdesk installation?); the test's purge would delete it. Move it away first."
fi
ok "root, tools present, no foreign srtdesk installation"

work=$(mktemp -d /tmp/srtdesk-packaging.XXXXXX)
chmod 755 "$work"

# --- build ---------------------------------------------------------------------------------------
step "cpack -G DEB"
out_dir="$build_dir/package"
rm -rf "$out_dir"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
tail -n 3 "$work/cpack.log"
mapfile -t debs < <(find "$out_dir" -maxdepth 1 -name 'srtdesk_*.deb')
[ "${#debs[@]}" -eq 1 ] || fail "expected one srtdesk_*.deb in $out_dir, found ${#debs[@]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "srtdesk_${deb_version}_${arch}.deb" ] || fail "unexpected file name $(basename "$deb")"
ok "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- control fields ----------------------------------------------------------------------------------
step "control fields (dpkg-deb -f)"
dpkg-deb -f "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = srtdesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$deb_version" ] || fail "Version is '$(field Version)', expected $deb_version (project version + revision)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Section)" = video ] || fail "Section is '$(field Section)'"
depends=$(field Depends)
# dpkg-shlibdeps must have computed the library dependencies from the linked shared objects.
for lib in libc6 libqt6core6 libqt6network6 libqt6sql6 libqt6widgets6 libqt6httpserver6 'libsrt1\.5-gnutls' 'libstdc\+\+6'; do
  echo "$depends" | grep -Eq "(^|, )$lib( |,|$)" || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done
for pkg in adduser libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
  echo "$depends" | grep -Eq "(^|, )$pkg( |,|$)" || fail "Depends lacks $pkg (run-time plugin or maintainer-script need): $depends"
done
echo "$depends" | grep -q 'libsrt1.5-gnutls (>=' || fail "library dependencies carry no versions: $depends"
[ "$(field Description | head -n1)" = "Desktop control room and daemon for SRT links" ] \
  || fail "Description synopsis is '$(field Description | head -n1)'"
[ "$(field Description | wc -l)" -ge 8 ] || fail "the extended description is missing"
ok "Package, Version $deb_version, Architecture, Section, Depends from dpkg-shlibdeps plus run-time needs, Description"

# --- file list --------------------------------------------------------------------------------------
step "file list (dpkg-deb -c)"
dpkg-deb -c "$deb" | tee "$work/contents.txt"
expected_files=(
  ./etc/default/srtdeskd
  ./lib/systemd/system/srtdeskd.service
  ./usr/bin/srtdesk
  ./usr/bin/srtdeskd
  ./usr/share/applications/srtdesk.desktop
  ./usr/share/doc/srtdesk/changelog.Debian.gz
  ./usr/share/doc/srtdesk/copyright
  ./usr/share/icons/hicolor/scalable/apps/srtdesk.svg
  ./usr/share/lintian/overrides/srtdesk
  ./usr/share/man/man1/srtdesk.1.gz
  ./usr/share/man/man1/srtdeskd.1.gz
  ./usr/share/metainfo/$app_id.metainfo.xml
  ./usr/share/srtdesk/grafana/srtdesk-dashboard.json
)
for size in 16 22 24 32 48 64 128 256; do
  expected_files+=("./usr/share/icons/hicolor/${size}x${size}/apps/srtdesk.png")
done
printf '%s\n' "${expected_files[@]}" | sort >"$work/expected.txt"
awk '$1 !~ /^d/ {print $6}' "$work/contents.txt" | sort >"$work/actual.txt"
if ! diff -u "$work/expected.txt" "$work/actual.txt"; then
  fail "the package's files differ from the expected list (- missing, + unexpected)"
fi
# Ownership and modes: everything root:root; programs 0755, other files 0644, directories 0755.
awk '{print $1, $2, $6}' "$work/contents.txt" | while read -r mode owner path; do
  [ "$owner" = root/root ] || fail "$path is owned by $owner"
  case "$path" in
    */) [ "$mode" = drwxr-xr-x ] || fail "$path has mode $mode" ;;
    ./usr/bin/*) [ "$mode" = -rwxr-xr-x ] || fail "$path has mode $mode" ;;
    *) [ "$mode" = -rw-r--r-- ] || fail "$path has mode $mode" ;;
  esac
done
ok "exactly the ${#expected_files[@]} expected files, root-owned, standard modes"

step "control files"
dpkg-deb -e "$deb" "$work/control"
ls -l "$work/control"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "$script is missing or not executable"
  sh -n "$work/control/$script" || fail "$script has a shell syntax error"
done
[ ! -e "$work/control/preinst" ] || fail "an unexpected preinst"
[ "$(cat "$work/control/conffiles")" = /etc/default/srtdeskd ] || fail "conffiles: $(cat "$work/control/conffiles")"
[ -s "$work/control/md5sums" ] || fail "no md5sums"
ok "postinst/prerm/postrm executable and valid sh; conffiles = /etc/default/srtdeskd; md5sums"

# --- the contents, checked by their own validators ---------------------------------------------------
dpkg-deb -x "$deb" "$work/root"

step "copyright (DEP-5, every library the package depends on named with its licence)"
cmp -s "$work/root/usr/share/doc/srtdesk/copyright" "$source_dir/packaging/copyright" \
  || fail "the package's copyright file is not packaging/copyright"
python3 "$source_dir/tests/packaging/check-licence-files.py" "$source_dir" || fail "the licence files are not in order"
# Depends lists the shared libraries the programs link (dpkg-shlibdeps) and the run-time
# plugins; each must appear in the copyright file's list of linked components.
for pkg in $(echo "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/ //g' | grep -v '^$' | sort -u); do
  [ "$pkg" = adduser ] && continue # maintainer scripts only
  pkg_re=$(printf '%s' "$pkg" | sed 's/[.+]/\\&/g') # libstdc++6, libsrt1.5-gnutls
  grep -Eq "(^|[ (,])$pkg_re([ ),]|$)" "$work/root/usr/share/doc/srtdesk/copyright" \
    || fail "Depends has $pkg, which packaging/copyright does not name with its licence"
done
ok "copyright is packaging/copyright, machine-readable, GPL-3+, and names every library in Depends"

step "binaries"
for program in srtdesk srtdeskd; do
  info=$(file -b "$work/root/usr/bin/$program")
  echo "$program: $info"
  case "$info" in *ELF*) ;; *) fail "$program is not an ELF executable" ;; esac
  case "$info" in *", stripped"*) ;; *) fail "$program is not stripped" ;; esac
done
ok "ELF executables, stripped"

step "desktop-file-validate"
desktop-file-validate "$work/root/usr/share/applications/srtdesk.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=srtdesk' "$work/root/usr/share/applications/srtdesk.desktop" || fail "desktop entry does not run srtdesk"
grep -qx 'Icon=srtdesk' "$work/root/usr/share/applications/srtdesk.desktop" || fail "desktop entry icon is not srtdesk"
ok "desktop entry valid"

step "appstreamcli validate"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "appstreamcli validate"
# validate-tree also checks the metainfo against the package's desktop entry and files.
appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree"
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo's release is not the project version $version"
grep -q 'docs/screenshots/main-window.png</image>' "$work/root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo has no screenshot of docs/screenshots/main-window.png"
ok "AppStream metainfo valid, release $version, screenshot"

step "icons"
for size in 16 22 24 32 48 64 128 256; do
  info=$(file -b "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/srtdesk.png")
  case "$info" in "PNG image data, $size x $size,"*) ;; *) fail "${size}x${size} icon is '$info'" ;; esac
done
python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$work/root/usr/share/icons/hicolor/scalable/apps/srtdesk.svg" \
  || fail "the SVG icon is not well-formed XML"
ok "PNG sizes match their hicolor folders; SVG well-formed"

step "manual pages (man --warnings)"
for page in srtdesk srtdeskd; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$work/root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "groff warnings in $page.1: $warnings"
  LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$work/root/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "SRT Desk $version" \
    || fail "$page.1 does not name version $version"
done
# Every option that the program's --help lists is documented in its manual page.
for page in srtdesk srtdeskd; do
  env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/$page" --help >"$work/$page-help.txt" \
    || fail "$page --help failed"
  zcat "$work/root/usr/share/man/man1/$page.1.gz" | sed 's/\\-/-/g' >"$work/$page.1.txt"
  grep -oE -- '--[a-z][a-z-]+' "$work/$page-help.txt" | sort -u | while read -r option; do
    grep -q -- "$option" "$work/$page.1.txt" || fail "$page --help lists $option, which $page(1) does not document"
  done
done
ok "srtdesk(1), srtdeskd(1) format without warnings and document every option of --help"

step "systemd-analyze verify (unit from the package)"
# verify needs ExecStart='s program: before installation, a copy of the unit points at the unpacked
# one (and man: references are not looked up). The installed unit is verified as it is below.
sed "s#^ExecStart=/usr/bin/srtdeskd#ExecStart=$work/root/usr/bin/srtdeskd#" \
  "$work/root/lib/systemd/system/srtdeskd.service" >"$work/srtdeskd.service"
systemd-analyze verify --man=no "$work/srtdeskd.service" 2>&1 | tee "$work/verify.txt"
verify_status=${PIPESTATUS[0]}
[ "$verify_status" -eq 0 ] && [ ! -s "$work/verify.txt" ] || fail "systemd-analyze verify reported problems"
grep -qx 'User=srtdesk' "$work/root/lib/systemd/system/srtdeskd.service" || fail "the unit does not run as srtdesk"
grep -qx 'StateDirectory=srtdesk' "$work/root/lib/systemd/system/srtdeskd.service" || fail "no StateDirectory=srtdesk"
grep -qx 'EnvironmentFile=-/etc/default/srtdeskd' "$work/root/lib/systemd/system/srtdeskd.service" || fail "no EnvironmentFile"
systemd-analyze security --offline=true --threshold=25 --no-pager \
  "$work/root/lib/systemd/system/srtdeskd.service" >"$work/security.txt" 2>&1 \
  || { cat "$work/security.txt"; fail "systemd-analyze security: exposure above 2.5"; }
tail -n 1 "$work/security.txt"
ok "unit verifies cleanly; runs as srtdesk with its state directory and environment file; $(tail -n 1 "$work/security.txt" | sed 's/^→ //')"

step "lintian"
lintian_status=0
lintian --fail-on error --display-info --show-overrides --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || lintian_status=$?
cat "$work/lintian.txt"
errors=$(grep -c '^E: ' "$work/lintian.txt" || true)
warnings=$(grep -c '^W: ' "$work/lintian.txt" || true)
infos=$(grep -c '^I: ' "$work/lintian.txt" || true)
echo "lintian: $errors error(s), $warnings warning(s), $infos info(s)"
[ "$lintian_status" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$warnings" -eq 0 ] \
  || fail "lintian reports errors or warnings (exit $lintian_status); the package must have neither"
ok "lintian: no errors, no warnings ($infos infos)"

# --- install on this machine --------------------------------------------------------------------------
step "dpkg -i"
touch "$marker"
dpkg -i "$deb" || fail "dpkg -i failed (missing dependencies? run scripts/setup)"
[ "$(dpkg-query -W -f='${Status} ${Version}' srtdesk)" = "install ok installed $deb_version" ] \
  || fail "dpkg does not report srtdesk $deb_version installed"
ok "installed"

step "installed programs"
for program in srtdesk srtdeskd; do
  [ "$(command -v "$program")" = "/usr/bin/$program" ] || fail "$program is not /usr/bin/$program on the PATH"
done
/usr/bin/srtdeskd --version | tee "$work/srtdeskd-version.txt"
grep -qx "srtdeskd $version" <(head -n1 "$work/srtdeskd-version.txt") || fail "srtdeskd --version does not print 'srtdeskd $version'"
# The window program answers --version without a display (and CI has none).
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/srtdesk --version | tee "$work/srtdesk-version.txt"
grep -qx "srtdesk $version" <(head -n1 "$work/srtdesk-version.txt") || fail "srtdesk --version does not print 'srtdesk $version'"
man -w srtdeskd >/dev/null && man -w srtdesk >/dev/null || fail "man cannot find the installed pages"
desktop-file-validate "/usr/share/applications/srtdesk.desktop" || fail "installed desktop entry invalid"
ok "srtdesk and srtdeskd run from /usr/bin and print version $version; man pages found"

step "system user srtdesk (postinst)"
IFS=: read -r _ _ uid gid _ home shell < <(getent passwd srtdesk) || fail "postinst did not create the user srtdesk"
echo "srtdesk: uid $uid gid $gid home $home shell $shell"
[ "$uid" -lt 1000 ] || fail "srtdesk is not a system user (uid $uid)"
[ "$home" = /var/lib/srtdesk ] || fail "home of srtdesk is $home"
[ "$shell" = /usr/sbin/nologin ] || fail "shell of srtdesk is $shell"
getent group srtdesk >/dev/null || fail "no group srtdesk"
[ ! -e /var/lib/srtdesk ] || fail "postinst created /var/lib/srtdesk; StateDirectory= is meant to"
dpkg-query -W -f='${Conffiles}\n' srtdesk | grep -q '^ /etc/default/srtdeskd ' || fail "/etc/default/srtdeskd is not a registered conffile"
ok "system user and group, home = state directory, /etc/default/srtdeskd registered as conffile"

step "systemd-analyze verify (installed unit)"
systemd-analyze verify /lib/systemd/system/srtdeskd.service 2>&1 | tee "$work/verify-installed.txt"
[ "${PIPESTATUS[0]}" -eq 0 ] && [ ! -s "$work/verify-installed.txt" ] || fail "systemd-analyze verify of the installed unit"
ok "installed unit verifies"

# --- the service ------------------------------------------------------------------------------------
api_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ -d /run/systemd/system ]; then
  step "systemctl enable --now srtdeskd (systemd is running)"
  printf 'SRTDESK_OPTS="--api-port %s"\n' "$api_port" >>/etc/default/srtdeskd
  systemctl enable --now srtdeskd.service || fail "systemctl enable --now srtdeskd"
  for _ in $(seq 150); do
    journalctl -u srtdeskd --no-pager -o cat | grep -q '^    ' \
      && python3 -c "import socket; socket.create_connection(('127.0.0.1', $api_port), 1)" 2>/dev/null && break
    sleep 0.2
  done
  systemctl is-active --quiet srtdeskd.service || { journalctl -u srtdeskd --no-pager; fail "srtdeskd.service is not active"; }
  journalctl -u srtdeskd --no-pager -o cat >"$work/daemon.err"
else
  step "the service's command as the user srtdesk (systemd is not PID 1 here: systemctl cannot start units)"
  # What srtdeskd.service does, done by hand: StateDirectory= (0700, owned by srtdesk), the
  # environment file, ExecStart= with $SRTDESK_OPTS, User=/Group=, no capabilities, no new privileges.
  install -d -o srtdesk -g srtdesk -m 0700 /var/lib/srtdesk
  exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/srtdeskd.service)
  SRTDESK_OPTS=
  # shellcheck disable=SC1091
  . /etc/default/srtdeskd
  SRTDESK_OPTS="$SRTDESK_OPTS --api-port $api_port"
  read -ra command <<<"${exec_start//\$SRTDESK_OPTS/$SRTDESK_OPTS}"
  # A root directory made by mktemp (mode 0700, as in a fresh chroot) lets no other user run
  # anything; a real system's / is 0755. Open it for the run and put the mode back afterwards.
  if ! setpriv --reuid=srtdesk --regid=srtdesk --init-groups /bin/true 2>/dev/null; then
    root_mode_to_restore=$(stat -c %a /)
    echo "note: / has mode $root_mode_to_restore, so the user srtdesk cannot run programs; o+x for this run"
    chmod o+x /
  fi
  echo "running as srtdesk: ${command[*]}"
  (cd / && exec setpriv --reuid=srtdesk --regid=srtdesk --init-groups --no-new-privs --inh-caps=-all --bounding-set=-all \
     env -i PATH=/usr/bin:/bin HOME=/var/lib/srtdesk LANG=C.UTF-8 STATE_DIRECTORY=/var/lib/srtdesk "${command[@]}") \
    2>"$work/daemon.err" &
  daemon_pid=$!
  for _ in $(seq 150); do
    grep -q '^    ' "$work/daemon.err" && python3 -c "import socket; socket.create_connection(('127.0.0.1', $api_port), 1)" 2>/dev/null && break
    kill -0 "$daemon_pid" 2>/dev/null || { cat "$work/daemon.err"; fail "srtdeskd exited at its start"; }
    sleep 0.2
  done
fi
cat "$work/daemon.err"
password=$(sed -n 's/^    \(.*\)$/\1/p' "$work/daemon.err" | head -n1)
[ -n "$password" ] || fail "srtdeskd did not print a generated administrator password at its first start"
python3 - "$api_port" "$password" "$version" <<'EOF' || fail "the REST API of the service does not answer as expected"
import json, sys, urllib.request
port, password, version = sys.argv[1], sys.argv[2], sys.argv[3]
base = f"http://127.0.0.1:{port}/v1"
health = json.load(urllib.request.urlopen(base + "/health", timeout=5))
print("health:", health)
assert version in json.dumps(health), "health does not mention the version"
req = urllib.request.Request(base + "/login", data=json.dumps({"username": "admin", "password": password}).encode(),
                             headers={"Content-Type": "application/json"}, method="POST")
token = json.load(urllib.request.urlopen(req, timeout=5))
token = token.get("access_token") or token.get("token") or next(v for v in token.values() if isinstance(v, str) and len(v) > 20)
req = urllib.request.Request(base + "/protected", headers={"Authorization": "Bearer " + token})
print("protected:", json.load(urllib.request.urlopen(req, timeout=5)))
EOF
[ "$(stat -c '%U %a' /var/lib/srtdesk)" = "srtdesk 700" ] || fail "/var/lib/srtdesk is $(stat -c '%U %a' /var/lib/srtdesk)"
[ "$(stat -c %U /var/lib/srtdesk/srtdesk.sqlite)" = srtdesk ] || fail "the database is not owned by srtdesk"
if [ -d /run/systemd/system ]; then
  systemctl disable --now srtdeskd.service || fail "systemctl disable --now srtdeskd"
else
  kill -TERM "$daemon_pid"
  daemon_status=0
  wait "$daemon_pid" || daemon_status=$?
  daemon_pid=
  [ "$daemon_status" -eq 0 ] || { cat "$work/daemon.err"; fail "srtdeskd exited with $daemon_status on SIGTERM"; }
fi
ok "srtdeskd as user srtdesk in /var/lib/srtdesk: generated password printed once, /v1/health, /v1/login, /v1/protected; clean stop"

step "srtdeskd --set-admin-password as the user srtdesk, service stopped (README's way to choose a password)"
printf '%s\n' 'Packaging-test-password-7f3a91c2' \
  | setpriv --reuid=srtdesk --regid=srtdesk --init-groups --no-new-privs \
      env -i PATH=/usr/bin:/bin HOME=/var/lib/srtdesk LANG=C.UTF-8 \
      /usr/bin/srtdeskd --data-dir /var/lib/srtdesk --set-admin-password \
  || fail "srtdeskd --set-admin-password failed for the service's data directory"
ok "administrator password changed in /var/lib/srtdesk"

# --- remove, purge --------------------------------------------------------------------------------------
step "dpkg -r"
dpkg -r srtdesk || fail "dpkg -r failed"
for path in /usr/bin/srtdesk /usr/bin/srtdeskd /lib/systemd/system/srtdeskd.service "/usr/share/applications/srtdesk.desktop"; do
  [ ! -e "$path" ] || fail "$path is still there after dpkg -r"
done
[ -f /etc/default/srtdeskd ] || fail "dpkg -r removed the conffile /etc/default/srtdeskd"
[ -d /var/lib/srtdesk ] || fail "dpkg -r removed the state in /var/lib/srtdesk (only purge may)"
[ "$(dpkg-query -W -f='${Status}' srtdesk)" = "deinstall ok config-files" ] || fail "status after remove: $(dpkg-query -W -f='${Status}' srtdesk)"
ok "removed; conffile and state kept"

step "dpkg --purge"
dpkg --purge srtdesk || fail "dpkg --purge failed"
rm -f "$marker"
[ ! -e /etc/default/srtdeskd ] || fail "/etc/default/srtdeskd is still there after purge"
[ ! -e /var/lib/srtdesk ] || fail "/var/lib/srtdesk is still there after purge"
if dpkg-query -W -f='${Status}' srtdesk 2>/dev/null | grep -qv 'not-installed'; then
  fail "dpkg still knows srtdesk after purge: $(dpkg-query -W -f='${Status}' srtdesk)"
fi
ok "purged: conffile and state gone (the system user srtdesk stays, as Debian keeps system users)"

printf '\npackaging: all %d checks passed\n' "$checks"
