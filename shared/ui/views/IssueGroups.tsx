/** Collapsible issue groups with counts; each issue is a button that selects its cell. */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Issue } from '../../check/issue';
import { cellAddress, columnLetter } from '../../sheet/a1';
import type { HeaderMapping } from '../../template/header-mapping';
import { useT } from '../i18n';
import { columnOf, type IssueGroup } from './issue-groups';
import { useCellLinkStyles } from './cell-link-styles';

const PAGE = 50;

const useStyles = makeStyles({
  heading: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

export interface IssueGroupsProps {
  groups: IssueGroup[];
  mapping: HeaderMapping;
  onSelect(issue: Issue, col: number): void;
}

export function IssueGroups({ groups, mapping, onSelect }: IssueGroupsProps) {
  const t = useT();
  const styles = useStyles();
  const link = useCellLinkStyles();
  const [shown, setShown] = useState<Record<string, number>>({});

  return (
    <Accordion multiple collapsible>
      {groups.map((group) => {
        const title = group.code
          ? t(`issue.${group.code}`)
          : group.col
            ? `${columnLetter(group.col)} · ${group.header}`
            : group.header;
        const limit = shown[group.key] ?? PAGE;
        return (
          <AccordionItem key={group.key} value={group.key} data-testid={`issue-group-${group.key}`}>
            <AccordionHeader>
              <span className={styles.heading}>
                {title}
                <CounterBadge
                  count={group.issues.length}
                  overflowCount={99999}
                  color={group.errors > 0 ? 'danger' : 'informative'}
                  size="small"
                />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {group.issues.slice(0, limit).map((issue) => {
                  const col = columnOf(mapping, issue.column);
                  const cell = col ? cellAddress(issue.row, col) : t('check.row', { row: issue.row });
                  return (
                    <li key={`${issue.row}:${issue.column}:${issue.code}`}>
                      <Button
                        appearance="subtle"
                        size="small"
                        className={link.link}
                        disabled={col === undefined}
                        aria-label={t('check.goTo', { cell, message: issue.message })}
                        onClick={() => col !== undefined && onSelect(issue, col)}
                      >
                        <span className={link.cell}>{cell}</span>
                        <span>{issue.message}</span>
                      </Button>
                    </li>
                  );
                })}
              </ul>
              {group.issues.length > limit && (
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => setShown({ ...shown, [group.key]: limit + PAGE })}
                >
                  {t('check.more', { count: Math.min(PAGE, group.issues.length - limit) })}
                </Button>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
