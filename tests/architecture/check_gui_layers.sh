#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop app's folders include only downwards, read from the source text, like core's
# layers (check_layers.sh). Usage: check_gui_layers.sh SOURCE_ROOT
#
#   theme, session < models, presenters < charts < widgets < dialogs, import, reminders, help
#     < pages, report, welcome < the main window (the files at the top of app/gui)
#
# A folder may include its own files and those of any lower floor, never one of its own floor
# or above; core is below all of them. Also: nothing in app/gui builds the rules' as-of view
# (core/rules/as_of_journal.h), which belongs to core's one evaluation.
set -euo pipefail
cd "$1"

declare -A floor=(
  [theme]=0 [session]=0
  [models]=1 [presenters]=1
  [charts]=2
  [widgets]=3
  [dialogs]=4 [import]=4 [reminders]=4 [help]=4
  [pages]=5 [report]=5 [welcome]=5
  [main]=6
)

folder_of() {  # app/gui/X/file.h -> X; app/gui/file.h -> main
  local rest=${1#app/gui/}
  if [ "${rest%%/*}" = "$rest" ]; then echo main; else echo "${rest%%/*}"; fi
}

problems=()
while IFS= read -r file; do
  folder=$(folder_of "$file")
  if [ -z "${floor[$folder]+known}" ]; then
    problems+=("$file: app/gui/$folder is not a floor; add it to $0 and the README")
  fi
done < <(find app/gui -type f \( -name '*.h' -o -name '*.cpp' \) | sort)

while IFS= read -r hit; do
  file=${hit%%:*}
  rest=${hit#*:}
  line=${rest%%:*}
  text=${rest#*:}
  folder=$(folder_of "$file")
  [ -n "${floor[$folder]+known}" ] || continue  # reported above
  [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]] || continue
  path=${BASH_REMATCH[1]}
  if [ "$path" = core/rules/as_of_journal.h ]; then
    problems+=("$file:$line: the rules' as-of view is core's; present evaluate()'s answer")
    continue
  fi
  case $path in
    core/*) continue ;;
    app/gui/*) target=$(folder_of "$path") ;;
    */*) if [ "$folder" = main ]; then target=${path%%/*}; else target=other; fi ;;
    *) target=$folder ;;  # beside the file
  esac
  [ "$target" = "$folder" ] && continue
  if [ -z "${floor[$target]+known}" ]; then
    problems+=("$file:$line: \"$path\" is not in a known folder; name it by its app/gui/ path")
  elif [ "${floor[$target]}" -ge "${floor[$folder]}" ]; then
    problems+=("$file:$line: $folder includes $path, of the same floor or above ($target)")
  fi
done < <(grep -rnE --include='*.h' --include='*.cpp' '^[[:space:]]*#[[:space:]]*include' app/gui | sort)

if [ ${#problems[@]} -gt 0 ]; then
  echo "app/gui/ includes against its floors:"
  printf '  %s\n' "${problems[@]}"
  exit 1
fi
echo "app/gui/: every include goes down a floor"
