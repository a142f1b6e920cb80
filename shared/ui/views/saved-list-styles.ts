/** The layout of the History view's lists of what the workbook keeps (saved operations, saved merges). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSavedListStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column' },
});
