/** @jsxImportSource react */
/** The scenario as a React 19 component (client rendering and server rendering with hydration). */
import { Fragment, useLayoutEffect, useState } from 'react';
import type { Bridge } from '../driver';
import { NOTE, routeBody, routeTitle, statusText, type State } from '../model';

export function App({ initial, bridge }: { initial: State; bridge: Bridge }) {
  const [s, setState] = useState(initial);
  bridge.set = setState;
  useLayoutEffect(() => bridge.committed(s));
  return (
    <>
      <section id="news">
        <h2>Briefing desk</h2>
        <p id="latest">Latest: {s.headline}</p>
        <p id="solo">{s.solo}</p>
        <p id="tagged">
          <b>Now:</b> {s.tagged}
        </p>
        <p id="status">Status: {statusText(s.summitOpen)}</p>
        {s.note && <p id="note">{NOTE}</p>}
        <p id="ticker">Tick {s.tick}</p>
      </section>
      <ul id="list">
        {s.items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      <div id="groups">
        {s.groups.map((group) => (
          <Fragment key={group.id}>
            {group.text}
            <i>;</i>
          </Fragment>
        ))}
      </div>
      <main id="route">
        <article key={s.route}>
          <h3>{routeTitle(s.route)}</h3>
          <p>{routeBody(s.route)}</p>
        </article>
      </main>
    </>
  );
}
