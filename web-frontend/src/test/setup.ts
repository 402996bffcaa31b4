import { beforeEach } from 'vitest';
import { setDivisions } from '@/data/divisions';
import { DIVISIONS } from './divisions.fixture';

// The divisions' names come from the platform; components under test get them already
// loaded, so their fetch stubs see only the calls the component itself makes.
beforeEach(() => setDivisions(DIVISIONS));
