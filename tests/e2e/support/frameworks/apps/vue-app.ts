/** The scenario as a Vue 3 component, its template compiled by Vue's own compiler. */
import { defineComponent, onMounted, onUpdated, shallowRef, type PropType } from 'vue';
import type { Bridge } from '../driver';
import { NOTE, routeBody, routeTitle, statusText, type State } from '../model';

const template = `
<section id="news"><h2>Briefing desk</h2><p id="latest">Latest: {{ s.headline }}</p><p id="solo">{{ s.solo }}</p
><p id="tagged"><b>Now:</b> {{ s.tagged }}</p><p id="status">Status: {{ statusText(s.summitOpen) }}</p
><p v-if="s.note" id="note">{{ NOTE }}</p><p id="ticker">Tick {{ s.tick }}</p></section
><ul id="list"><li v-for="item in s.items" :key="item.id">{{ item.text }}</li></ul
><div id="groups"><template v-for="group in s.groups" :key="group.id">{{ group.text }}<i>;</i></template></div
><main id="route"><article :key="s.route"><h3>{{ routeTitle(s.route) }}</h3><p>{{ routeBody(s.route) }}</p></article></main>`.trim();

export const App = defineComponent({
  props: { initial: { type: Object as PropType<State>, required: true }, bridge: { type: Object as PropType<Bridge>, required: true } },
  setup(props) {
    const s = shallowRef(props.initial);
    props.bridge.set = (state) => (s.value = state);
    const committed = () => props.bridge.committed(s.value);
    onMounted(committed);
    onUpdated(committed);
    return { s, NOTE, statusText, routeTitle, routeBody };
  },
  template,
});
