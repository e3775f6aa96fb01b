import { expect } from '@open-wc/testing';
import { validateFeed } from '../../feed/validate.js';
import { selectRole } from './select-role.js';

describe('selectRole (no DOM)', () => {
  const { roles } = validateFeed(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Roles',
      items: [
        { id: 'pa', title: 'Physician associates', _map: { type: 'role', profession: 'physician-associate' } },
        { id: 'acp', title: 'Advanced critical care practitioners', _map: { type: 'role', profession: 'advanced-critical-care-practitioner' } },
      ],
    },
    'https://trust.example/feed.json',
  );

  it('finds the feed’s role for the profession', () => {
    expect(selectRole(roles, { profession: 'physician-associate' })?.id).to.equal('pa');
    expect(selectRole(roles, { profession: 'advanced-critical-care-practitioner' })?.id).to.equal('acp');
  });

  it('finds none when the feed has no role for it', () => {
    expect(selectRole(roles, { profession: 'surgical-care-practitioner' })).to.equal(undefined);
    expect(selectRole([], { profession: 'physician-associate' })).to.equal(undefined);
  });
});
