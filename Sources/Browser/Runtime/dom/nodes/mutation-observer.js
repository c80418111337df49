// DOM part 10: MutationObserver. Registrations live on the observed nodes (`_obs`); records are queued
// by the tree and attribute code and delivered together in one microtask.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { NodeList } = dom;

  class MutationRecord {
    constructor(type, target, name, oldValue, added, removed, prev, next) {
      this.type = type;
      this.target = target;
      this.attributeName = name;
      this.attributeNamespace = null;
      this.oldValue = oldValue;
      this.addedNodes = dom.staticList(NodeList, added ? added.slice() : []);
      this.removedNodes = dom.staticList(NodeList, removed ? removed.slice() : []);
      this.previousSibling = prev || null;
      this.nextSibling = next || null;
    }
  }

  let nextId = 0;
  let scheduled = false;
  const pending = new Set();

  class MutationObserver {
    constructor(callback) {
      if (typeof callback !== 'function') throw new TypeError('MutationObserver needs a callback function');
      this._cb = callback;
      this._records = [];
      this._targets = [];
      this._id = nextId++;
    }

    observe(target, options) {
      if (!(target instanceof dom.Node)) throw new TypeError('observe() needs a Node');
      const o = Object.assign({}, options);
      if (o.attributes === undefined && (o.attributeOldValue !== undefined || o.attributeFilter !== undefined)) o.attributes = true;
      if (o.characterData === undefined && o.characterDataOldValue !== undefined) o.characterData = true;
      if (!o.childList && !o.attributes && !o.characterData) {
        throw new TypeError('observe() needs childList, attributes or characterData');
      }
      if ((o.attributeOldValue || o.attributeFilter) && !o.attributes) throw new TypeError('attribute options need attributes: true');
      if (o.characterDataOldValue && !o.characterData) throw new TypeError('characterDataOldValue needs characterData: true');
      const reg = { mo: this, o, filter: o.attributeFilter ? Array.from(o.attributeFilter, String) : null };
      const regs = target._obs || (target._obs = []);
      const i = regs.findIndex((r) => r.mo === this);
      if (i >= 0) regs[i] = reg;
      else {
        regs.push(reg);
        this._targets.push(target);
        dom.moCount++;
      }
    }

    disconnect() {
      for (const t of this._targets) {
        t._obs = t._obs.filter((r) => r.mo !== this);
        dom.moCount--;
      }
      this._targets = [];
      this._records = [];
      pending.delete(this);
    }

    takeRecords() {
      const r = this._records;
      this._records = [];
      return r;
    }
  }

  const deliver = () => {
    scheduled = false;
    const observers = Array.from(pending).sort((a, b) => a._id - b._id);
    pending.clear();
    for (const mo of observers) {
      const records = mo.takeRecords();
      if (records.length === 0) continue;
      try { mo._cb.call(mo, records, mo); } catch (e) { dom.report(e); }
    }
  };

  /** Queues a record for every observer interested in a change of `target` (see "queue a mutation record"). */
  dom.queueMutation = (type, target, name, oldValue, added, removed, prev, next) => {
    let interested = null;
    for (let n = target; n; n = n._parent) {
      if (!n._obs) continue;
      for (const reg of n._obs) {
        const o = reg.o;
        if (n !== target && !o.subtree) continue;
        if (type === 'attributes' && (!o.attributes || (reg.filter && !reg.filter.includes(name)))) continue;
        if ((type === 'characterData' && !o.characterData) || (type === 'childList' && !o.childList)) continue;
        interested = interested || new Map();
        const wantsOld = (type === 'attributes' && o.attributeOldValue) || (type === 'characterData' && o.characterDataOldValue);
        if (!interested.has(reg.mo) || wantsOld) interested.set(reg.mo, wantsOld ? oldValue : null);
      }
    }
    if (!interested) return;
    for (const [mo, old] of interested) {
      mo._records.push(new MutationRecord(type, target, name, old, added, removed, prev, next));
      pending.add(mo);
    }
    if (!scheduled) {
      scheduled = true;
      Promise.resolve().then(deliver);
    }
  };

  globalThis.MutationObserver = MutationObserver;
  globalThis.MutationRecord = MutationRecord;
})();
