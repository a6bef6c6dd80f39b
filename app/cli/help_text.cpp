// SPDX-License-Identifier: GPL-3.0-or-later
// `stridelog-cli --help` and `--version`.

#include "help_text.h"
#include "core/i18n/contexts.h"

namespace stridelog::cli {

// The prose is translated; command names, options and values are what the user types, so they
// stay as they are.
QString helpText() {
    return CliWords::tr(
               "usage: stridelog-cli [--db PATH] [--json] COMMAND [ARGS]\n"
               "\n"
               "A training journal for runners with sore knees. The journal is --db PATH, else\n"
               "$STRIDELOG_DB, else the desktop app's journal. --json prints one JSON document.\n"
               "\n"
               "commands:\n") +
           QStringLiteral(
               "  shoe add NAME [--limit-km N] [--start-km N] [--since DATE] [--notes T]\n"
               "  shoe list [--all] [--as-of T]\n"
               "  shoe retire ID [--on DATE]\n"
               "  shoe edit ID [--name T] [options of shoe add]\n"
               "  shoe show ID [--as-of T]\n"
               "  run add --date D [--time HH:MM] --distance X --duration Y [--shoe ID]\n"
               "          [--surface S] [--hilly] [--type T] [--rpe N] [--cadence N] [--hr N] "
               "[--notes "
               "T]\n"
               "          [--pain-during N] [--pain-after N]\n"
               "  run list [--from D] [--to D]\n"
               "  run edit ID [options of run add] [--no-hilly]   (none clears: --shoe none)\n"
               "  run delete ID\n"
               "  run show ID\n"
               "  run export ID --format gpx|tcx [--out FILE]\n"
               "  pain add --date D [--time HH:MM] [--run ID] --knee K --site S --intensity N\n"
               "           --onset O [--lasted L] [--swelling] [--locking] [--sharp] [--notes T]\n"
               "  pain resolve ID [--at INSTANT]\n"
               "  pain list [--from D] [--to D] [--as-of T]\n"
               "  weeks [--from D] [--to D] [--as-of T]\n"
               "  warnings [--as-of T]\n"
               "  allowance [--as-of T]\n"
               "  morning add --date D --pain N [--swelling] [--limp]\n"
               "  morning list [--from D] [--to D]\n"
               "  morning delete D\n"
               "  comeback start [--on D] [--profile strict|tendon] [--walk-ok] [--cleared]\n"
               "  comeback status [--as-of T]\n"
               "  comeback stop [--on D]\n"
               "  report --from D --to D [--out FILE]\n"
               "  settings [KEY [VALUE]]\n"
               "  export --format csv|json [--out FILE]\n"
               "  export --format gpx|tcx --out FOLDER   (one file per run)\n"
               "  backup FILE\n"
               "  restore FILE\n"
               "  backups\n"
               "  check\n"
               "  demo [--years N] [--seed S]\n"
               "  import FILE... [--shoe ID]\n") +
           CliWords::tr(
               "\n"
               "values:\n"
               "  dates YYYY-MM-DD; times HH:MM; instants YYYY-MM-DD, YYYY-MM-DDTHH:MM or\n"
               "  \"YYYY-MM-DD HH:MM\" (a bare date is the end of that day); distances 10.2, "
               "10.2km,\n"
               "  6.3mi, 800m; durations 55:10, 1:02:03, 45m, 1h2m, 3600s; --lasted 3h, 36h, 2d, "
               "ongoing\n"
               "  surface: road trail track treadmill grass sand mixed\n"
               "  type: easy long tempo interval race recovery\n"
               "  knee: left right both   site: front below outside inside behind whole\n"
               "  onset: start during late after next-day rest\n"
               "\n"
               "exit codes: 0 done, 1 usage error, 2 invalid input (nothing written),\n"
               "            3 the journal cannot be used\n");
}

QString versionText() {
    return CliWords::tr("stridelog-cli %1\n").arg(QStringLiteral(STRIDELOG_VERSION));
}

}  // namespace stridelog::cli
