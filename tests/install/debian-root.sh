# Sourced by deb-install-test: a clean Debian 12 root for installing Satchel's packages.
#
# prepare_debian_root WORK DEPENDS  makes WORK/root: a copy of a cached debootstrap'ed
#   Debian 12 (minbase) into which exactly the packages DEPENDS names (an apt "Depends" string,
#   as read from the .debs) were installed from Debian's mirror. The cache lives in
#   $SATCHEL_INSTALL_TEST_CACHE (default /var/cache/satchel-install-test), outside the
#   repository, in two layers: the debootstrap'ed base, keyed by suite and mirrors, and the
#   base plus dependencies, keyed by DEPENDS as well. Only the first run pays for debootstrap;
#   a run with a new dependency list pays for the downloads (both need deb.debian.org); later
#   runs mount the cached root read-only under an overlay and need no network. Call it from a
#   private mount namespace (deb-install-test re-executes itself under `unshare --mount`).
# in_root ROOT CMD...  runs CMD chrooted into ROOT, with /proc mounted in a private mount
#   namespace (the mount disappears with the process, so nothing is left mounted on failure).
# in_root_background ROOT CMD...  the same in the background; sets in_root_pid.

satchel_suite=bookworm
satchel_mirror=${SATCHEL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
satchel_security_mirror=${SATCHEL_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
satchel_cache=${SATCHEL_INSTALL_TEST_CACHE:-/var/cache/satchel-install-test}
# Bump when the way the cached root is made changes, so stale roots are not reused.
satchel_cache_format=2

# The command line that runs "$@" chrooted into $1 with /proc mounted privately and a clean
# environment (plus the words in $IN_ROOT_ENV).
root_command() {
  local root=$1
  shift
  root_argv=(unshare --mount --propagation private -- /bin/sh -c
    'r=$1; shift; mount -t proc proc "$r/proc" && exec chroot "$r" "$@"' sh "$root"
    /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root ${IN_ROOT_ENV:-} "$@")
}

in_root() {
  root_command "$@"
  "${root_argv[@]}"
}

# Starts the command in the background; every step execs, so $in_root_pid is the command's own.
in_root_background() {
  root_command "$@"
  "${root_argv[@]}" &
  in_root_pid=$!
}

# Both cache layers are made in a temp folder beside the cache and moved into place, so an
# interrupted run never leaves a half-made root that a later run would trust.

# Layer 1, keyed by suite and mirrors only: debootstrap's minbase with the suite's updates and
# security sources. Made once per machine (about 2 minutes).
build_base_root() {
  local target=$1 tmp
  tmp=$(mktemp -d "$satchel_cache/building.XXXXXX")
  echo "install-test: debootstrap $satchel_suite (minbase) from $satchel_mirror (first run only)" >&2
  if ! debootstrap --variant=minbase "$satchel_suite" "$tmp/root" "$satchel_mirror" >"$tmp/log" 2>&1; then
    tail -n 30 "$tmp/log" >&2
    rm -rf "$tmp"
    return 1
  fi
  printf '%s\n' "deb $satchel_mirror $satchel_suite main" \
    "deb $satchel_mirror $satchel_suite-updates main" \
    "deb $satchel_security_mirror $satchel_suite-security main" >"$tmp/root/etc/apt/sources.list"
  touch "$tmp/root/.satchel-base"
  mv "$tmp/root" "$target"
  rm -rf "$tmp"
}

# Layer 2, keyed by the dependency list too: a copy of the base with exactly the packages the
# .debs depend on, installed by apt from the mirror. Made again only when Depends change.
build_dependency_root() {
  local base=$1 target=$2 depends=$3 tmp
  tmp=$(mktemp -d "$satchel_cache/building.XXXXXX")
  cp -a "$base" "$tmp/root"
  cp /etc/resolv.conf "$tmp/root/etc/resolv.conf"
  echo "install-test: installing the packages' dependencies from the mirror (new Depends)" >&2
  if ! in_root "$tmp/root" apt-get update -qq >"$tmp/log" 2>&1 ||
     ! IN_ROOT_ENV=DEBIAN_FRONTEND=noninteractive in_root "$tmp/root" \
         apt-get satisfy -y -qq --no-install-recommends "$depends" >>"$tmp/log" 2>&1; then
    tail -n 30 "$tmp/log" >&2
    rm -rf "$tmp"
    return 1
  fi
  in_root "$tmp/root" apt-get clean
  printf '%s\n' "$depends" >"$tmp/root/.satchel-depends"
  mv "$tmp/root" "$target"
  rm -rf "$tmp"
}

prepare_debian_root() {
  local work=$1 depends=$2 base_key key base root
  base_key=$(printf '%s\n' "$satchel_cache_format" "$satchel_suite" "$satchel_mirror" \
               "$satchel_security_mirror" | sha256sum | cut -c1-16)
  key=$(printf '%s\n' "$base_key" "$depends" | sha256sum | cut -c1-16)
  base="$satchel_cache/base-$base_key"
  root="$satchel_cache/root-$key"
  mkdir -p "$satchel_cache"
  (
    # One builder at a time; a second run waits and then reuses what the first made.
    flock 9
    if [ ! -f "$base/.satchel-base" ]; then
      build_base_root "$base" || exit 1
      find "$satchel_cache" -maxdepth 1 -name 'base-*' ! -name "base-$base_key" -exec rm -rf {} +
    fi
    if [ ! -f "$root/.satchel-depends" ]; then
      build_dependency_root "$base" "$root" "$depends" || exit 1
      # Roots for older dependency lists are dead weight (about 600 MB each).
      find "$satchel_cache" -maxdepth 1 -name 'root-*' ! -name "root-$key" -exec rm -rf {} +
    fi
  ) 9>"$satchel_cache/lock" || return 1
  # The cached root stays read-only under an overlay (writes land in WORK/overlay), so a run
  # neither copies nor later deletes ~600 MB. The caller runs in a private mount namespace, so
  # the mount goes away with it. Where overlayfs is unavailable, copy instead.
  mkdir -p "$work/root" "$work/overlay/upper" "$work/overlay/work"
  if mount -t overlay overlay -o "lowerdir=$root,upperdir=$work/overlay/upper,workdir=$work/overlay/work" \
       "$work/root" 2>/dev/null; then
    echo "install-test: cached root $root under an overlay" >&2
  else
    echo "install-test: copying cached root $root (no overlayfs)" >&2
    rmdir "$work/root"
    cp -a "$root" "$work/root"
  fi
}
