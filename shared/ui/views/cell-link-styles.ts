/** The look of a button that selects a cell (Check's issues, the insights' unread dates): its address, then what it says. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCellLinkStyles = makeStyles({
  link: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minHeight: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS, flexShrink: 0 },
});
