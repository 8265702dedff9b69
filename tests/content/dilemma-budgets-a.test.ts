/** The honest-dilemma budgets (issue #14), first half of the scenarios: see dilemma-budgets.ts. */
import { describeBudgets } from './dilemma-budgets';

describeBudgets(0);
