#!/usr/bin/env bash
# A local base image for `./mvnw verify`, which builds Värna's container image as a tar (jib:buildTar)
# on machines that reach no container registry. Never pushed, never used in production: the pipeline
# builds on eclipse-temurin with `-Pcontainer` (README, "Container image").
#
# The image is one layer in `docker save` format, which Jib reads through `tar://`: a runtime linked
# with jlink from the JDK that runs Maven (the whole JDK when that JDK cannot jlink), placed at
# /opt/java/openjdk like Temurin's images, the glibc libraries it links against, and /tmp. It runs
# (`java` starts in a chroot of it); it is not a distribution. The tar is built once per JDK and
# version of this script, cached under the cache directory, and hard-linked (or copied) to the output.
#
# usage: container-base.sh JAVA_HOME CACHE_DIR OUTPUT_TAR
set -euo pipefail
java_home=${1:?JAVA_HOME}
cache=${2:?cache directory}
out=${3:?output tar}

script_sum=$(sha256sum "$0" | cut -c1-12)
jdk_sum=$( { cat "$java_home/release" 2>/dev/null; "$java_home/bin/java" -version 2>&1; } | sha256sum | cut -c1-12)
arch=$(uname -m)
case "$arch" in
  x86_64) platform=amd64 ;;
  aarch64) platform=arm64 ;;
  *) echo "container-base: unsupported architecture $arch" >&2; exit 1 ;;
esac
cached="$cache/container-base/$platform-$jdk_sum-$script_sum.tar"
mkdir -p "$(dirname "$out")"
if [ -s "$cached" ]; then
  ln -f "$cached" "$out" 2>/dev/null || cp "$cached" "$out"
  echo "container-base: $out (cached)"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/varna-base.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
runtime="$root/opt/java/openjdk"
mkdir -p "$root/opt/java" "$root/tmp" "$work/image"
chmod 1777 "$root/tmp"

# The modules of a Temurin JRE that a server needs; no compiler, no desktop tools.
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.charsets,jdk.localedata,jdk.zipfs
modules=$modules,jdk.naming.dns,jdk.management,jdk.management.agent,jdk.jfr,jdk.management.jfr,jdk.net
modules=$modules,jdk.security.auth,jdk.security.jgss,jdk.httpserver
if ! "$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$runtime" > "$work/jlink.log" 2>&1; then
  echo "container-base: jlink failed ($(tail -1 "$work/jlink.log")); using the whole JDK as the runtime"
  rm -rf "$runtime"
  cp -a "$java_home/." "$runtime/"
  rm -rf "$runtime/jmods" "$runtime/lib/src.zip" "$runtime/man" "$runtime/include" "$runtime/demo"
fi

# The shared libraries the runtime loads, from this machine (X11 and sound are never loaded headless).
mapfile -t elves < <(find "$runtime/bin" "$runtime/lib" -type f \( -path "$runtime/bin/*" -o -name '*.so' \) \
  ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libjsound.so' ! -name 'libsplashscreen.so')
ldd "${elves[@]}" 2>/dev/null | awk '
  $2 == "=>" && $3 ~ /^\// { print $3 }
  $2 != "=>" && $1 ~ /^\// { print $1 }' | sort -u | while read -r lib; do
  case "$lib" in "$runtime"/*) continue ;; esac
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
"$runtime/bin/java" -version > /dev/null 2>&1 || { echo "container-base: the runtime does not start" >&2; exit 1; }

# One reproducible layer: sorted, owned by root, fixed times.
tar --create --file "$work/image/layer.tar" --directory "$root" --sort=name --numeric-owner \
  --owner=0 --group=0 --mtime='@1' .
diff_id=sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
version=$("$runtime/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.runtime.version = //p')
cat > "$work/image/config.json" <<JSON
{"architecture":"$platform","os":"linux","created":"1970-01-01T00:00:01Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
   "JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"],"WorkingDir":"/",
   "Labels":{"org.opencontainers.image.title":"varna-local-base",
     "org.opencontainers.image.description":"Local build base for ./mvnw verify (runtime $version); never pushed"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:01Z","created_by":".ci/container-base.sh"}]}
JSON
cat > "$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["varna-local-base:latest"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$cached")"
part=$(mktemp "$cached.XXXXXX")   # two builds at once each write their own, the last rename wins
tar --create --file "$part" --directory "$work/image" --sort=name --numeric-owner --owner=0 --group=0 \
  --mtime='@1' manifest.json config.json layer.tar
chmod 644 "$part"
mv "$part" "$cached"
ln -f "$cached" "$out" 2>/dev/null || cp "$cached" "$out"
echo "container-base: $out (runtime $version, $(du -h "$cached" | cut -f1))"
