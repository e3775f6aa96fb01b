import { define } from '../../core/define.js';
import '../feed/define.js';
import { MapRoleCardElement } from './role-card.js';

export { MapRoleCardElement };
define('map-role-card', MapRoleCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-role-card': MapRoleCardElement;
  }
}
