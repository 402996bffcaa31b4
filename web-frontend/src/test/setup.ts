import { beforeEach } from 'vitest';
import { setCategories } from '@/data/categories';
import { setDivisions } from '@/data/divisions';
import { CATEGORIES } from './categories.fixture';
import { DIVISIONS } from './divisions.fixture';

// Divisions and categories come from the platform; components under test get them already
// loaded, so their fetch stubs see only the calls the component itself makes.
beforeEach(() => {
  setDivisions(DIVISIONS);
  setCategories(CATEGORIES);
});
