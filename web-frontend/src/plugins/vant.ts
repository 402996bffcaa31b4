import type { App, Plugin } from 'vue';
import {
  Button, Cascader, Cell, CellGroup, Checkbox, Dialog, Empty, Field, Form, Icon, List, Loading, NavBar, NoticeBar,
  Picker, Popup, Progress, Radio, RadioGroup, Step, Steps, Switch, Tag,
} from 'vant';
import 'vant/lib/index.css';

/** The Vant components the app uses, registered once (the rest is tree-shaken away). */
const components: Plugin[] = [
  Button, Cascader, Cell, CellGroup, Checkbox, Dialog, Empty, Field, Form, Icon, List, Loading, NavBar, NoticeBar,
  Picker, Popup, Progress, Radio, RadioGroup, Step, Steps, Switch, Tag,
];

export const vantPlugin: Plugin = {
  install(app: App) {
    components.forEach((component) => app.use(component));
  },
};
