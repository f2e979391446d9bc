# Sourced by scripts/test-c-api.sh and scripts/test-consumers.sh: a list of known differences
# (one case per line, `#` comments) and the classification of one case's two runs against it.
#
#   load_known FILE                 fills the associative array `listed`
#   classify CASE SRC LRC DIR N     compares DIR/s.{out,err} (libxml2, exit SRC) with
#                                   DIR/l.{out,err} (Lignum, exit LRC), showing N diff lines,
#                                   and counts into same, explained, new, stale

declare -A listed=()
same=0; explained=0; new=0; stale=0

load_known() {
  known_file=$1
  while IFS= read -r line; do
    line="${line%%#*}"; line="$(echo "$line" | sed 's/[[:space:]]*$//')"
    [ -n "$line" ] && listed["$line"]=1
  done < "$known_file"
}

classify() {
  local c=$1 src=$2 lrc=$3 dir=$4 lines=$5
  if [ "$src" = "$lrc" ] && cmp -s "$dir/s.out" "$dir/l.out" && cmp -s "$dir/s.err" "$dir/l.err"; then
    same=$((same + 1))
    if [ -n "${listed[$c]:-}" ]; then echo "STALE (now the same; remove from $known_file): $c"; stale=$((stale + 1)); fi
  elif [ -n "${listed[$c]:-}" ]; then
    explained=$((explained + 1))
  else
    echo "NEW DIFFERENCE: $c (exit $lrc, libxml2 $src)"
    diff "$dir/s.out" "$dir/l.out" | sed -n "1,${lines}p" || true
    diff "$dir/s.err" "$dir/l.err" | sed -n 1,10p || true
    new=$((new + 1))
  fi
}
