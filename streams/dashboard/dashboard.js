// The wirealert ops page. Reads /metrics (Prometheus text format, the same numbers Prometheus
// scrapes) and /dashboard/data (recent alerts, worker info) every REFRESH_MS; keeps a short
// history in memory for rates and sparklines. No libraries, no network beyond this worker.
"use strict";

const REFRESH_MS = 2000;
const HISTORY = 60;
const history = [];   // [{t, items, dups, alerts, lag}]
let previous = null;  // the last snapshot, for rates

// ---- Prometheus text format -------------------------------------------------------------
function parseMetrics(text) {
  const samples = [];
  const line = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
  const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
  for (const raw of text.split("\n")) {
    if (!raw || raw.startsWith("#")) continue;
    const m = line.exec(raw);
    if (!m) continue;
    const labels = {};
    for (const l of (m[2] || "").matchAll(label)) labels[l[1]] = l[2].replace(/\\(.)/g, "$1");
    samples.push({ name: m[1], labels, value: parseFloat(m[3]) });
  }
  return samples;
}

const select = (s, name, where = {}) =>
  s.filter((x) => x.name === name && Object.entries(where).every(([k, v]) => x.labels[k] === v));
const total = (s, name, where) => select(s, name, where).reduce((a, x) => a + x.value, 0);
function byLabel(s, name, key) {
  const out = {};
  for (const x of select(s, name)) out[x.labels[key]] = (out[x.labels[key]] || 0) + x.value;
  return out;
}

// Prometheus' histogram_quantile: linear interpolation inside the bucket holding the rank.
function quantile(q, buckets) {
  if (!buckets.length) return null;
  buckets.sort((a, b) => a.le - b.le);
  const count = buckets[buckets.length - 1].count;
  if (count === 0) return null;
  const rank = q * count;
  let prevLe = 0, prevCount = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.le === Infinity) return prevLe;
      if (b.count === prevCount) return b.le;
      return prevLe + (b.le - prevLe) * (rank - prevCount) / (b.count - prevCount);
    }
    prevLe = b.le; prevCount = b.count;
  }
  return prevLe;
}
function buckets(s, name, where) {
  return select(s, name + "_bucket", where).map((x) => ({
    le: x.labels.le === "+Inf" ? Infinity : parseFloat(x.labels.le), count: x.value,
  }));
}

// ---- formatting -------------------------------------------------------------------------
const int = (v) => Math.round(v).toLocaleString("en-US");
function seconds(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (v < 1) return Math.round(v * 1000) + " ms";
  return v.toFixed(v < 10 ? 2 : 1) + " s";
}
function duration(s) {
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = Math.floor(s % 60);
  return h ? `${h}h ${m}m` : m ? `${m}m ${sec}s` : `${sec}s`;
}
const clock = (iso) => new Date(iso).toISOString().slice(11, 19);
const $ = (id) => document.getElementById(id);
const setText = (id, v) => { $(id).textContent = v; };
function escape(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// ---- drawing ----------------------------------------------------------------------------
function sparkline(id, values) {
  const svg = $(id);
  if (values.length < 2) { svg.innerHTML = ""; return; }
  const max = Math.max(...values, 1e-9);
  const step = 120 / (HISTORY - 1);
  const x0 = 120 - step * (values.length - 1);
  const pts = values.map((v, i) => `${(x0 + i * step).toFixed(1)},${(28 - (v / max) * 26).toFixed(1)}`);
  svg.innerHTML = `<polygon class="area" points="${x0.toFixed(1)},30 ${pts.join(" ")} 120,30"/>` +
    `<polyline class="line" points="${pts.join(" ")}"/>`;
}

function bars(id, entries, format = int, sub = null) {
  const el = $(id);
  if (!entries.length) { el.innerHTML = '<div class="muted empty">nothing yet</div>'; return; }
  const max = Math.max(...entries.map((e) => e[1]), 1e-9);
  el.innerHTML = entries.map(([key, v, cls]) => `
    <div class="bar-row" data-key="${escape(key)}">
      <span class="bar-key">${escape(key)}</span>
      <span class="bar-track"><span class="bar-fill ${cls || ""}" style="width:${(100 * v / max).toFixed(1)}%"></span></span>
      <span class="bar-value">${format(v)}</span>${sub ? `<span class="bar-sub">${sub(key)}</span>` : ""}
    </div>`).join("");
}

function histogram(s) {
  const b = buckets(s, "wirealert_alert_latency_seconds").sort((x, y) => x.le - y.le);
  const svg = $("latency-hist");
  if (!b.length) return;
  const per = b.map((x, i) => ({ le: x.le, n: x.count - (i ? b[i - 1].count : 0) }));
  const max = Math.max(...per.map((x) => x.n), 1);
  const w = 300 / per.length;
  svg.innerHTML = per.map((x, i) => {
    const h = (x.n / max) * 84;
    return `<rect class="hbar" x="${(i * w + 1).toFixed(1)}" y="${(88 - h).toFixed(1)}" width="${(w - 2).toFixed(1)}" height="${Math.max(h, x.n ? 1.5 : 0.5).toFixed(1)}"><title>≤ ${x.le === Infinity ? "∞" : seconds(x.le)}: ${x.n}</title></rect>`;
  }).join("");
  const label = (x) => (x.le === Infinity ? "∞" : seconds(x.le).replace(" ", ""));
  $("latency-axis").innerHTML = `<span>${label(per[0])}</span><span>${label(per[Math.floor(per.length / 2)])}</span><span>${label(per[per.length - 1])}</span>`;
}

// ---- one refresh ------------------------------------------------------------------------
function render(s, data, now) {
  const items = total(s, "wirealert_items_received_total");
  const dupKinds = byLabel(s, "wirealert_duplicates_total", "kind");
  const dups = total(s, "wirealert_duplicates_total");
  const alerts = total(s, "wirealert_alerts_published_total");
  const lagByTp = select(s, "wirealert_consumer_lag");
  const lag = lagByTp.reduce((a, x) => a + x.value, 0);

  const snap = { t: now, items, dups, alerts, lag };
  const rate = (k) => (previous && now > previous.t ? Math.max(0, (snap[k] - previous[k]) / ((now - previous.t) / 1000)) : 0);
  snap.itemsRate = rate("items");
  snap.alertsRate = rate("alerts") * 60;
  snap.dedupe = items ? dups / items : 0;
  history.push(snap);
  if (history.length > HISTORY) history.shift();
  previous = snap;

  setText("items-total", int(items));
  setText("items-rate", snap.itemsRate.toFixed(1));
  setText("dedupe-ratio", items ? (100 * dups / items).toFixed(1) + " %" : "–");
  setText("dup-exact", int(dupKinds.exact || 0));
  setText("dup-near", int(dupKinds.near || 0));
  setText("dup-stale", int(dupKinds.stale || 0));
  setText("alerts-total", int(alerts));
  setText("alerts-rate", snap.alertsRate.toFixed(1));
  const lat = buckets(s, "wirealert_alert_latency_seconds");
  for (const q of [50, 95, 99]) {
    const [num, unit] = seconds(quantile(q / 100, lat)).split(" ");
    $(`latency-p${q}`).innerHTML = unit ? `${num}<small> ${unit}</small>` : num;
  }
  setText("latency-count", int(total(s, "wirealert_alert_latency_seconds_count")));
  setText("lag-total", int(lag));
  setText("lag-partitions", String(lagByTp.length));
  setText("incidents-open", int(total(s, "wirealert_incidents_open")));
  setText("deadletter-total", int(total(s, "wirealert_items_deadlettered_total")));
  setText("redis-errors", int(total(s, "wirealert_redis_publish_errors_total")));
  setText("redis-retries", int(total(s, "wirealert_redis_publish_retries_total")));
  $("redis-errors").classList.toggle("bad", total(s, "wirealert_redis_publish_errors_total") > 0);

  sparkline("items-spark", history.map((h) => h.itemsRate));
  sparkline("dedupe-spark", history.map((h) => h.dedupe));
  sparkline("alerts-spark", history.map((h) => h.alertsRate));
  sparkline("lag-spark", history.map((h) => h.lag));

  const sorted = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  bars("alerts-by-kind", sorted(byLabel(s, "wirealert_alerts_published_total", "kind")).map(([k, v]) => [k, v, "kind-" + k]));
  bars("items-by-source", sorted(byLabel(s, "wirealert_items_received_total", "source")));
  bars("deadletter-by-reason", sorted(byLabel(s, "wirealert_items_deadlettered_total", "reason")).map(([k, v]) => [k, v, "bad"]));
  bars("lag-by-partition", lagByTp
    .map((x) => [`${x.labels.topic}[${x.labels.partition}]`, x.value, x.value > 0 ? "warn" : "ok"])
    .sort((a, b) => a[0].localeCompare(b[0])));
  const stages = Object.keys(byLabel(s, "wirealert_stage_seconds_count", "stage")).sort();
  const mean = (st) => total(s, "wirealert_stage_seconds_sum", { stage: st }) / Math.max(1, total(s, "wirealert_stage_seconds_count", { stage: st }));
  bars("stage-times", stages.map((st) => [st, mean(st)]), seconds,
    (st) => "p95 " + seconds(quantile(0.95, buckets(s, "wirealert_stage_seconds", { stage: st }))));
  histogram(s);

  setText("worker", data.worker.replace(/^https?:\/\//, ""));
  setText("profile", data.broker_profile);
  setText("uptime", duration(data.uptime_s));
  setText("updated", clock(data.now));
  const status = $("status");
  status.textContent = lag > 0 ? "catching up" : "live";
  status.className = "pill " + (lag > 0 ? "pill-warn" : "pill-ok");

  const rows = data.recent_alerts.map((a) => `
    <tr data-alert="${escape(a.alert_id)}">
      <td class="mono">${clock(a.detected_at)}</td>
      <td><span class="badge kind-${escape(a.kind)}">${escape(a.kind.replace(/_/g, " "))}</span></td>
      <td><span class="tier tier-${escape(a.tier)}">${escape(a.tier)}</span></td>
      <td class="summary">${escape(a.summary)}</td>
      <td>${escape([a.location, a.country].filter(Boolean).join(", "))}</td>
      <td class="mono"><a href="/incidents/${encodeURIComponent(a.incident_id)}">${escape(a.incident_id)}</a></td>
    </tr>`);
  $("recent-alerts").innerHTML = rows.length ? rows.join("") : '<tr><td colspan="6" class="muted">no alerts yet</td></tr>';
}

async function refresh() {
  try {
    const [metrics, data] = await Promise.all([
      fetch("/metrics", { cache: "no-store" }).then((r) => { if (!r.ok) throw new Error(r.status); return r.text(); }),
      fetch("/dashboard/data", { cache: "no-store" }).then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); }),
    ]);
    render(parseMetrics(metrics), data, Date.now());
    document.body.dataset.refreshed = String(Date.now());
  } catch (err) {
    const status = $("status");
    status.textContent = "disconnected";
    status.className = "pill pill-bad";
  }
}

refresh();
setInterval(refresh, REFRESH_MS);
