export const USAGE = `Usage: custodian <command> [options]

Commands:
  template -o FILE [--locale zh-CN|en-US]     write an empty governed customer workbook
  check FILE [--sheet NAME] [--json]          list the problems in a customer list
  clean FILE -o OUT [--sheet NAME]            write the cleaned, governed workbook (or CSV)
  dedupe FILE [--json] [--threshold X] [--columns a,b,c] [--review]
                                              list the groups of rows that hold the same customer
  merge FILE -o OUT [--threshold X] [--columns a,b,c] [--sum-purchases]
                                              merge each group into one row (archive and log kept)
  export FILE --to zoho|salesforce|hubspot|fxiaoke -o OUT.csv|OUT.xlsx [--object contacts|accounts|leads]
         [--map FILE] [--strict]              write the list in a CRM's import layout (--map FILE: a JSON
                                              file overriding the CRM columns; --strict: refuse rows with errors)
  report FILE [--json] [-o report.html|report.xlsx]
                                              segments, data quality, stale customers, follow-ups and duplicates
                                              (-o .xlsx: the workbook with the live analysis sheet)
  history FILE [--json]                       list the operations recorded in a workbook, newest first, and which can be undone
  undo FILE -o OUT [--last | --all | --id ID] undo the newest operation (--all: every one, newest first; --id: that one)
  demo [-o DIR]                               run check, clean and dedupe on a built-in messy sample

Options:
  --sheet NAME        the worksheet to use (default: the first)
  --locale LOCALE     zh-CN or en-US for labels, options and messages (default: from the sheet)
  --template FILE     a template JSON file instead of the built-in customer template
  --today YYYY-MM-DD  the date staleness is measured from (default: today)
  --map H=F,H=-       check, clean, dedupe, merge: read column H as template field F, or leave it alone (-);
                      on top of the corrections saved in the workbook, and saved there by clean
  --json              machine-readable output on stdout, no progress
  -h, --help          this help

Exit codes: 0 no errors, 1 errors found (check), 2 unusable input or arguments.`;
