#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core's layers include only downwards, read from the source text (the build enforces the
# same through each layer's include root; this also holds where symbolic links are missing, and
# names the offending line). Usage: check_layers.sh SOURCE_ROOT
#
#   i18n <- model <- rules, store, io, demo (rules and io use i18n too);  store + io <- workflows
#
# Also: no QtGui or QtWidgets anywhere in core/, Qt SQL only in the store, and a relative
# include only names a file beside the one that includes it.
set -euo pipefail
cd "$1"

# The layers each layer may include besides itself: the same as its link in core/CMakeLists.txt.
declare -A allowed=(
  [i18n]=""
  [model]="i18n"
  [rules]="model i18n"
  [store]="model"
  [io]="model i18n"
  [demo]="model"
  [workflows]="store io model"
)

gui='^(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPainter|QPixmap|QImage|QColor|QFont|qcustomplot)'
sql='^(QtSql|QSql)'
problems=()

sources=(--include='*.h' --include='*.cpp' --include='*.hpp' --include='*.cc')
# Every source file belongs to a known layer.
while IFS= read -r file; do
  layer=${file#core/}
  if [ "${layer%%/*}" = "$layer" ]; then
    problems+=("$file: a source file outside the layer folders")
  elif [ -z "${allowed[${layer%%/*}]+known}" ]; then
    problems+=("$file: core/${layer%%/*} is not a layer; add it to core/CMakeLists.txt and $0")
  fi
done < <(find core -type f \( -name '*.h' -o -name '*.cpp' -o -name '*.hpp' -o -name '*.cc' \) | sort)

# Every include goes downwards. One grep for the whole tree: FILE:LINE:TEXT.
while IFS= read -r hit; do
  file=${hit%%:*}
  rest=${hit#*:}
  line=${rest%%:*}
  text=${rest#*:}
  where="$file:$line"
  layer=${file#core/}
  layer=${layer%%/*}
  [ -n "${allowed[$layer]+known}" ] || continue  # reported above
  if [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]]; then
    path=${BASH_REMATCH[1]}
    if [[ $path == core/* ]]; then
      target=${path#core/}
      target=${target%%/*}
      if [ ! -f "$path" ]; then
        problems+=("$where: $path names no file")
      elif [ "$target" != "$layer" ] && [[ " ${allowed[$layer]} " != *" $target "* ]]; then
        problems+=("$where: $layer includes $path, but $layer may only use: ${allowed[$layer]:-nothing else}")
      fi
    elif [[ $path == */* ]] || [ ! -f "${file%/*}/$path" ]; then
      problems+=("$where: \"$path\" is not a file beside it; name other folders by core/ path")
    fi
  elif [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<([^\>]+)\> ]]; then
    path=${BASH_REMATCH[1]}
    if [[ $path =~ $gui ]]; then
      problems+=("$where: <$path> is screen code; core never includes QtGui or QtWidgets")
    elif [[ $path =~ $sql ]] && [ "$layer" != store ]; then
      problems+=("$where: <$path> is Qt SQL, which only the store uses")
    fi
  fi
done < <(grep -rnE "${sources[@]}" '^[[:space:]]*#[[:space:]]*include' core | sort)

if [ ${#problems[@]} -gt 0 ]; then
  echo "core/ includes against its layers:"
  printf '  %s\n' "${problems[@]}"
  exit 1
fi
echo "core/: every include follows the layers"
