# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for pivori-console and pivori-simulator.
# The options come from the programs' own --help (QCommandLineParser's layout), so this file
# never falls behind a new option; a --help costs a few tens of milliseconds, once per command
# and shell.

_pivori_help_options()
{
    # Option names at the start of an indented help line: "  -c, --config <file>   ...".
    "$@" --help 2>/dev/null | sed -n -E 's/^ +(-[[:alnum:]], )?(--[[:alnum:]-]+).*/\2/p'
}

_pivori_console()
{
    local cur prev words cword
    _init_completion || return

    local commands="demo validate query stack snapshot alerts ack expire silences check import-grafana"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case " $commands " in *" ${words[i]} "*) command=${words[i]}; break ;; esac
    done

    case $prev in
        -c | --config | --data | --dashboard-file) _filedir '@(yaml|yml|json)'; return ;;
        --out) _filedir '@(png|svg|pdf)'; return ;;
        --report | --report-dir) _filedir -d; return ;;
        --state-file) _filedir json; return ;;
        --dashboard) COMPREPLY=($(compgen -W "production microservices kubernetes" -- "$cur")); return ;;
        --prometheus | --alertmanager) COMPREPLY=($(compgen -W "http:// https://" -- "$cur")); compopt -o nospace; return ;;
        --screen | --refresh | --range | --step | --end | --time | --timeout | --duration | --comment | \
            --author | --matcher | --filter | --var | --size | --time-scale | --max-lifetime | --scenario | \
            --seed | --restart-delay | --category | --only) return ;;
    esac

    if [[ $cur == -* ]]; then
        local cache="_pivori_console_options_${command:-none}"
        if [[ -z ${!cache-} ]]; then
            printf -v "$cache" '%s' "$(_pivori_help_options "$1" $command)"
        fi
        COMPREPLY=($(compgen -W "${!cache}" -- "$cur"))
        return
    fi

    case $command in
        "") COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
        stack) COMPREPLY=($(compgen -W "run up down" -- "$cur")) ;;
        validate) _filedir '@(yaml|yml)' ;;
        import-grafana) _filedir json ;;
    esac
}
complete -F _pivori_console pivori-console

_pivori_simulator()
{
    local cur prev words cword
    _init_completion || return
    if [[ $cur == -* ]]; then
        [[ -n ${_pivori_simulator_options-} ]] || _pivori_simulator_options=$(_pivori_help_options "$1")
        COMPREPLY=($(compgen -W "$_pivori_simulator_options" -- "$cur"))
    fi
}
complete -F _pivori_simulator pivori-simulator
