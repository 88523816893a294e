#!/usr/bin/env bash
# The backup and point-in-time restore of config/README.md ("Production"), tried on this machine:
# a PostgreSQL 15 with WAL archiving takes a base backup (pg_basebackup), gets more writes, is lost
# (stopped as a crash would), and is restored into a fresh folder from the base backup and the
# archived WAL up to a chosen moment. The restored server must hold exactly the rows written before
# that moment. Run as root (PostgreSQL runs as its own user); it cleans up after itself.
set -euo pipefail

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${DRILL_PORT:-15733}
WORK=$(mktemp -d /tmp/portal-restore-drill.XXXXXX)
chown postgres: "$WORK"
as_pg() { runuser -u postgres -- "$@"; }
sql() { as_pg "$BIN/psql" -h "$WORK" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }
cleanup() {
    status=$?
    if [ "$status" != 0 ] && [ -f "$WORK/restored.log" ]; then tail -20 "$WORK/restored.log"; fi
    for data in primary restored; do
        [ -f "$WORK/$data/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$WORK/$data" -m immediate stop >/dev/null 2>&1 || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "1. A primary with WAL archiving (archive_command copies each finished WAL file)"
as_pg "$BIN/initdb" -D "$WORK/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg mkdir "$WORK/wal"
cat >> "$WORK/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$WORK'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $WORK/wal/%f && cp %p $WORK/wal/%f'
EOF
as_pg "$BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w start >/dev/null
sql "create table visit (id int primary key, note text not null)"
sql "insert into visit select g, 'before the base backup' from generate_series(1, 1000) g"

echo "2. The nightly base backup: pg_basebackup -Ft -z -Xs"
as_pg "$BIN/pg_basebackup" -h "$WORK" -p "$PORT" -U postgres -D "$WORK/base" -Ft -z -Xs >/dev/null
ls -l "$WORK/base" | tail -n +2 | awk '{print "   " $5 " bytes  " $9}'

echo "3. The day goes on: 500 rows, the moment to restore to, then 100 rows more"
sql "insert into visit select g, 'after the backup' from generate_series(1001, 1500) g"
sleep 1
TARGET=$(sql "select now()")
sleep 1
sql "insert into visit select g, 'after the restore point' from generate_series(1501, 1600) g"
LAST=$(sql "select pg_walfile_name(pg_current_wal_lsn())")
sql "select pg_switch_wal()" >/dev/null
for _ in $(seq 1 100); do [ -f "$WORK/wal/$LAST" ] && break; sleep 0.1; done
echo "   restore point: $TARGET; rows on the primary: $(sql 'select count(*) from visit'); WAL files archived: $(ls "$WORK/wal" | wc -l)"

echo "4. The primary is lost (pg_ctl stop -m immediate; its folder is not used again)"
as_pg "$BIN/pg_ctl" -D "$WORK/primary" -m immediate stop >/dev/null

echo "5. Restore: unpack the base backup, replay the archived WAL up to the restore point"
as_pg mkdir -m 700 "$WORK/restored"
as_pg tar -xzf "$WORK/base/base.tar.gz" -C "$WORK/restored"
as_pg tar -xzf "$WORK/base/pg_wal.tar.gz" -C "$WORK/restored/pg_wal"
cat >> "$WORK/restored/postgresql.conf" <<EOF
restore_command = 'cp $WORK/wal/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
EOF
as_pg touch "$WORK/restored/recovery.signal"
STARTED=$(date +%s.%N)
as_pg "$BIN/pg_ctl" -D "$WORK/restored" -l "$WORK/restored.log" -w -t 120 start >/dev/null
for _ in $(seq 1 600); do [ "$(sql 'select pg_is_in_recovery()')" = "f" ] && break; sleep 0.1; done
RESTORED=$(sql "select count(*) from visit")
LATEST=$(sql "select max(id) from visit")
printf '   restored and promoted in %.1f s: %s rows, the last id %s\n' "$(echo "$(date +%s.%N) - $STARTED" | bc)" "$RESTORED" "$LATEST"

if [ "$RESTORED" = "1500" ] && [ "$LATEST" = "1500" ]; then
    echo "RESTORE DRILL PASSED: every row written before the restore point is back, none after it"
else
    echo "RESTORE DRILL FAILED: expected 1500 rows up to id 1500"
    tail -20 "$WORK/restored.log"
    exit 1
fi
