#!/usr/bin/env bash
# The whole Retort loop on the shop sample, against an embedded PostgreSQL, in a temporary copy of
# the sample so that nothing here changes: upgrade to head, check, edit an entity, autogenerate a
# migration for the edit, upgrade, check again, downgrade one revision, history.
# Build first: mvn -B -q package -DskipTests (in the repository root).
set -euo pipefail
sample=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$sample/../.." && pwd)
retort="$root/retort"
jar="$root/cli/target/retort.jar"
if [ ! -f "$jar" ] || [ ! -d "$sample/target/classes" ]; then
  echo "demo: build first with 'mvn -B -q package -DskipTests' in $root" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/retort-shop.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$sample/retort.properties" "$sample/migrations" "$sample/src" "$work/"
mkdir -p "$work/target" && cp -r "$sample/target/classes" "$work/target/"
cd "$work"
# always the embedded database, whatever the caller's environment says
export SHOP_DB_URL=embedded
unset RETORT_URL RETORT_USER RETORT_PASSWORD

# prints the command the way one would type it, then runs it
retort() {
  local shown="" arg
  for arg in "$@"; do
    case "$arg" in *" "*) shown+=" \"$arg\"" ;; *) shown+=" $arg" ;; esac
  done
  printf '\n\033[1m$ retort%s\033[0m\n' "$shown"
  "$retort" "$@"
}

retort upgrade head
retort check

printf '\n\033[1m# edit: products get a weight, and longer descriptions\033[0m\n'
product=src/main/java/com/example/shop/domain/Product.java
sed -i -e 's/@Column(length = 2000)/@Column(length = 4000)/' \
       -e 's/^    private boolean active = true;/    private boolean active = true;\n\n    @Column(precision = 8, scale = 3)\n    private BigDecimal weightKg;/' "$product"
grep -n -A1 'length = 4000\|weightKg' "$product"
javac -nowarn -proc:none -d target/classes -cp "$jar" $(find src -name '*.java')

retort check || echo "(exit code $?: the entities and the database differ)"
retort autogenerate -m "Add product weight"
echo "--- $(ls migrations/*AddProductWeight.java)"
cat migrations/*AddProductWeight.java
retort upgrade head
retort check
retort downgrade -1
retort history
