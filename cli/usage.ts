export const USAGE = `Usage: custodian <command> [options]

Commands:
  template -o FILE [--locale zh-CN|en-US]     write an empty governed customer workbook
  template --json [--template FILE] [FILE]    print the template in use, as the JSON --template takes
  check FILE [--sheet NAME] [--json]          list the problems in a customer list
  clean FILE -o OUT [--sheet NAME]            write the cleaned, governed workbook (or CSV)
  dedupe FILE [--json] [--threshold X] [--columns a,b,c] [--exact] [--review]
                                              list the groups of rows that hold the same customer
                                              (--exact: equal cleaned values in every --columns column)
  merge FILE -o OUT [--threshold X] [--columns a,b,c] [--exact] [--keep first|last|most-complete|newest]
        [--rule COLUMN=sum|max|latest|earliest|join[:DELIMITER]] [--sum-purchases]
                                              merge each group into one row (archive and log kept)
  mark FILE -o OUT --not-same 3,7             record that these rows are different customers (every later dedupe
                                              and merge keeps them apart)
  export FILE --to zoho|salesforce|hubspot|fxiaoke -o OUT.csv|OUT.xlsx [--object contacts|accounts|leads]
         [--map FILE] [--strict]              write the list in a CRM's import layout (--map FILE: a JSON
                                              file overriding the CRM columns; --strict: refuse rows with errors)
  report FILE [--json] [-o report.html|report.xlsx]
                                              segments, data quality, stale customers, follow-ups and duplicates
                                              (-o .xlsx: the workbook with the live analysis sheet)
  history FILE [--json]                       list the operations recorded in a workbook, newest first, and which can be undone
  undo FILE -o OUT [--last | --all | --id ID] undo the newest operation (--all: every one, newest first; --id: that one)
  combine A B [C …] -o OUT [--json]           stack several lists onto the template, with the file and row each
                                              row came from, and list the duplicates across them
  compare A B [-o OUT] [--json]               which customers of list B are already in list A, and which are new
  demo [-o DIR]                               run check, clean and dedupe on a built-in messy sample

Options:
  --sheet NAME        the worksheet to use (default: the first)
  --locale LOCALE     zh-CN or en-US for labels, options and messages (default: from the sheet)
  --template FILE     a template JSON file instead of the built-in customer template
  --today YYYY-MM-DD  the date staleness is measured from (default: today)
  --map H=F,H=-       check, clean, dedupe, merge: read column H as template field F, or leave it alone (-);
                      on top of the corrections saved in the workbook, and saved there by clean; a header
                      with a comma in double quotes ('"Company, if any"=company') or by its letter (D=-)
  --json              machine-readable output on stdout, no progress
  --drop-macros       commands writing a workbook: write the .xlsx from a workbook with macros (.xlsm)
                      without them (otherwise refused: an .xlsx holds no macros)
  --progress          progress on stderr also when it is not a terminal (default: only on a terminal)
  -h, --help          this help (custodian COMMAND --help: that command's)

Exit codes: 0 no errors, 1 errors found (check), 2 unusable input or arguments.`;

const LOCALE = `  --locale LOCALE     zh-CN or en-US for labels, options and messages (default: from the sheet)
  --template FILE     a template JSON file instead of the built-in customer template`;
/** history and undo read no template: --locale chooses only the language of their messages. */
const MESSAGES_LOCALE = `  --locale LOCALE     zh-CN or en-US for the messages (default: from the sheet)`;
const COMMON = `  --today YYYY-MM-DD  the date staleness is measured from (default: today)
  --progress          progress on stderr also when it is not a terminal (a log, CI)
  -h, --help          this help`;

const SHEET = `  --sheet NAME        the worksheet to use (default: the one that looks most like a customer list)`;
const MAP = `  --map H=F,H=-       read column H as template field F, or leave it alone (-); on top of the corrections
                      saved in the workbook; a header with a comma in double quotes, or a column by its letter:
                      --map '"Company, if any"=company,E=-'`;
/** dedupe and merge read one sheet: a key column may also be named by its letter. */
const ONE_SHEET_COLUMNS = `                      (or by its letter: --columns D,B; a header typed on two lines, Mobile⏎Number,
                      with a space: --columns "Mobile Number")`;
const MATCH = `  --threshold X       match probability from which rows are one customer, above 0 and at most 1 (default 0.9)
  --columns a,b,c     match on these columns only (headers as in the sheet; one with a comma in double quotes:
                      --columns '"Company, if any",Email')
  --exact             rows are one customer when their cleaned values in every --columns column are equal
                      and none is blank (phones by number, emails without case, names without spacing)`;

const DROP_MACROS = `  --drop-macros       write the .xlsx without the input's macros (an .xlsm's VBA project): an .xlsx holds
                      none, so without this an input with macros is refused; the input keeps them`;

/** What `custodian <command> --help` prints: that command's usage and options only. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  template: `Usage: custodian template -o FILE [--locale zh-CN|en-US]
       custodian template --json [--template FILE] [FILE]

Writes an empty governed customer workbook (dropdowns, required columns, formats), or with --json
prints the template in use: --template FILE, else the one stored in the workbook FILE, else the
built-in one. Edit the JSON and pass it back with --template.

Options:
  -o, --output FILE   the .xlsx to write
  --json              print the template as JSON instead of writing a workbook
${LOCALE}
${COMMON}`,
  check: `Usage: custodian check FILE [--sheet NAME] [--json]

Lists the problems in a customer list: invalid, missing and non-standard values, per row and column.
Exit code 1 when errors are found.

Options:
${SHEET}
  --json              machine-readable output on stdout, no progress
${MAP}
${LOCALE}
${COMMON}`,
  clean: `Usage: custodian clean FILE -o OUT [--sheet NAME]

Writes the cleaned, governed workbook (or CSV): values in standard forms, customer IDs, dropdowns.
The input file is never modified.

Options:
  -o, --output OUT    the .xlsx or .csv to write
${DROP_MACROS}
${SHEET}
${MAP}
${LOCALE}
${COMMON}`,
  dedupe: `Usage: custodian dedupe FILE [--json] [--threshold X] [--columns a,b,c] [--exact] [--review]
       custodian dedupe FILE --action status|copy|move|delete|highlight|unhighlight -o OUT [--keep WHICH] [--json] [matching options]

Lists the groups of rows that hold the same customer, each with a confidence and the reasons.
With --action, acts on every group at or above the threshold and writes OUT:
  status   a column 重复状态 / Duplicate status: 重复（第 3 组）/ Duplicate (group 3), else 唯一 / Unique
           (run again, it rewrites that column)
  copy     every row of each group to a new sheet 重复客户 / Duplicates (another name if taken),
           with the group number and the source row (OUT must be .xlsx)
  move     copy, then delete each group's rows but the one kept (archived; OUT must be .xlsx)
  delete   delete each group's rows but the one kept; each is archived and logged (OUT must be .xlsx)
  highlight    fill each group's rows, two soft colours alternating by group, as Custodian's own
               conditional format (your fills and rules stay; run again, it replaces it; OUT must be .xlsx)
  unhighlight  remove that highlight only (OUT must be .xlsx)
Every action but copy can be undone with custodian undo.

Options:
${SHEET}
  --json              {"clusters":[{"rows","confidence","reasons"}],"rows":N} on stdout, no progress;
                      with --action: {"action","groups","rowsChanged","remaining","sheet"}
${MATCH}
${ONE_SHEET_COLUMNS}
  --review            also list the groups below the threshold worth a look (down to 0.5)
  --action ACTION     status, copy, move, delete, highlight or unhighlight (needs -o)
  -o, --output OUT    with --action: the workbook to write
${DROP_MACROS}
  --keep WHICH        with move and delete: the row each group keeps: first, last, most-complete (default)
                      or newest (last updated)
  --orders            with move and delete on an order export (Order ID, 订单号), where a group is one
                      buyer's orders: remove order rows all the same (refused without it)
${MAP}
${LOCALE}
${COMMON}

Examples: custodian dedupe 客户.xlsx --exact --columns 手机,邮箱
          custodian dedupe 客户.xlsx --exact --columns 手机 --action delete --keep newest -o 客户-去重.xlsx`,
  merge: `Usage: custodian merge FILE -o OUT [--threshold X] [--columns a,b,c] [--exact] [--keep WHICH] [--rule COLUMN=RULE]
       [--also-review ROWS]

Merges each group of duplicates into one row; merged-away rows go to the archive sheet, each merge
to the log sheet, and the run can be undone with custodian undo.

Options:
  -o, --output OUT    the workbook to write (.xlsx: a CSV cannot hold the archive and log sheets)
${DROP_MACROS}
${SHEET}
${MATCH}
${ONE_SHEET_COLUMNS}
  --keep WHICH        the row each group keeps: first, last, most-complete (default) or newest (last updated)
  --rule COLUMN=RULE  how COLUMN's value is chosen: sum, max, latest, earliest, or join (join:; joins with ";");
                      repeat for more columns, e.g. --rule 累计消费=sum --rule 标签=join:;
  --sum-purchases     add up purchase counts and spend (the rows are separate purchases)
  --also-review ROWS  also merge these rows, which dedupe lists as "also review" under a group, with
                      that group, e.g. --also-review 4,17 (rows as the input sheet numbers them)
${MAP}
${LOCALE}
${COMMON}`,
  export: `Usage: custodian export FILE --to zoho|salesforce|hubspot|fxiaoke -o OUT.csv|OUT.xlsx [--object contacts|accounts|leads]
       [--map FILE] [--strict] [--json]

Writes the list in a CRM's import layout, names split and values in the CRM's forms.

Options:
  --to CRM            zoho, salesforce, hubspot or fxiaoke
  --object OBJECT     contacts, accounts or leads
  -o, --output OUT    the .csv or .xlsx to write
  --map FILE          a JSON file overriding the CRM columns
  --strict            refuse rows with errors
  --json              the mapping report as JSON on stdout
${SHEET}
${LOCALE}
${COMMON}`,
  report: `Usage: custodian report FILE [--json] [-o report.html|report.xlsx]

Segments, data quality, stale customers, follow-ups and duplicates: text bars, JSON, a printable
HTML page, or the workbook with the live analysis sheet (-o .xlsx).

Options:
  -o, --output OUT    report.html or report.xlsx
${DROP_MACROS}
  --json              machine-readable output on stdout, no progress
${SHEET}
${MAP}
${LOCALE}
${COMMON}`,
  history: `Usage: custodian history FILE [--json]

Lists the operations recorded in a workbook, newest first, and which can be undone.

Options:
  --json              machine-readable output on stdout (in English whatever the sheet's language)
${MESSAGES_LOCALE}
${COMMON}`,
  undo: `Usage: custodian undo FILE -o OUT [--last | --all | --id ID]

Undoes the newest operation recorded in the workbook and writes the result to OUT.

Options:
  -o, --output OUT    the workbook to write
${DROP_MACROS}
  --last              the newest operation (default)
  --all               every operation, newest first
  --id ID             that operation
${MESSAGES_LOCALE}
${COMMON}`,
  mark: `Usage: custodian mark FILE -o OUT --not-same 3,7[,9]

Records in the workbook that these rows are different customers, so every later dedupe and merge
(and the sidebar's search) keeps them apart. A row is named by its customer ID, else by its name,
phones, emails and company, so the mark holds when rows are sorted or others are merged.

Options:
  -o, --output OUT    the workbook to write (.xlsx keeps the mark)
${DROP_MACROS}
  --not-same ROWS     two or more sheet row numbers (header = 1)
${SHEET}
${MAP}
${LOCALE}
${COMMON}`,
  demo: `Usage: custodian demo [-o DIR]

Runs check, clean and dedupe on a built-in messy sample.

Options:
  -o, --output DIR    where to write the sample and its cleaned copy
${COMMON}`,
  combine: `Usage: custodian combine A.xlsx B.csv [C.csv …] -o OUT [--sheet NAME] [--json] [matching options]

Stacks several lists (each salesperson's sheet, another system's export) into one governed list:
each file is mapped onto the template (its own header names, either language), the template's
columns come first in template order, every other column is kept under its header (one column per
header across the files), and a last column 出处 / Imported from names the file and row each row
came from ("销售A.xlsx!客户 第 7 行", "crm.csv row 7"). Values are kept as stored: run custodian clean
on OUT to clean them. Rows that hold nothing are left out. Every input is read before anything is
written: a missing or unreadable file stops the command with its name, and nothing is written.
OUT (.xlsx) also gets a sheet 重复客户 / Duplicates listing each group of rows that hold the same
customer (groups across files first) with where each row came from; merge them with
custodian merge OUT -o MERGED.xlsx. A .csv OUT holds the combined list only.
A workbook of one sheet per salesperson or region: name each sheet as an input, FILE.xlsx#SHEET
(custodian combine 销售.xlsx#华东 销售.xlsx#华北 -o 全部.xlsx). A workbook named alone is read on the
sheet that looks most like a customer list, and its other sheets with the same headers are named as
left out.

Options:
  -o, --output OUT    the .xlsx (or .csv) to write
${DROP_MACROS}
  --sheet NAME        the worksheet to read in each .xlsx input not named as FILE#SHEET (default: the
                      one that looks most like a customer list)
  --json              {"output","sheet","rows","lists":[{"name","rows","columns":{"header":"combined header"}}],
                       "columns":[{"header","field"}],"duplicates":[{"rows","confidence","lists","from","reasons"}],
                       "sheetsLeftOut"?:[{"file","read","sheets"}]}
                      on stdout, no progress (rows: rows of the combined sheet, header = 1)
${MATCH}
                      (--columns names a column as any file heads it: --exact --columns 手机号 or Mobile)
  --map FILE:H=F,H=-  read column H of that input as template field F, or leave it alone (-); repeat per file,
                      e.g. --map "企微.csv:添加人=-" (on top of the corrections the file stores)
${LOCALE}
${COMMON}

Example: custodian combine 企微客户导出.csv 销售A.xlsx partner-crm.csv -o 全部客户.xlsx`,
  compare: `Usage: custodian compare A B [-o OUT] [--sheet NAME] [--json] [--exact --columns a,b] [--threshold X]

Compares two lists as the duplicate matching does: for each customer row of B, whether it is
already in A (and on which rows of A), maybe in A (worth a check: confidence from 0.5 to the
threshold), or new. With -o, writes B with a last column 对比结果 / Compared:
"已存在（A.xlsx!客户 第 12 行）", "可能已存在（…）", "新客户" or "In A.xlsx!Customers (row 12)",
"Maybe in …", "New", in B's language (run again on OUT, the column is rewritten). B is never changed.

Options:
  -o, --output OUT    B with the status column (.xlsx or .csv)
${DROP_MACROS}
  --sheet NAME        the worksheet to read in each .xlsx input
  --json              {"a":{"name","rows"},"b":{"name","rows"},"counts":{"existing","possible","new"},
                       "rows":[{"row","status","inA":[rows of A],"confidence"}],"output"} on stdout, no progress
${MATCH}
                      (--columns names a column as either list heads it: --exact --columns 手机 or Mobile)
  --map FILE:H=F,H=-  read column H of that input as template field F, or leave it alone (-); repeat per file,
                      e.g. --map "企微.csv:添加人=-" (on top of the corrections the file stores)
${LOCALE}
${COMMON}

Example: custodian compare 老客户.xlsx 展会名单.csv -o 展会名单-对比.xlsx`,
};
