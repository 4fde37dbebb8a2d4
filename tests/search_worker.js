// Material's search worker of a built site, with our lunr modules, run in node for
// tests/test_search.py: the order of its messages is the test's, not a browser's.
//
//   node tests/search_worker.js <site dir> <index.json> [--whole] <query>...
//
// Sets the worker up with the index, asks each query as soon as it is ready (as Material's page
// does; with --whole, once the whole index is in place: lunr/staged-index.js), waits until the
// whole index is in place and prints every message the worker posted, in order, as JSON:
// [{type, data}] with a result's data as the locations it found.
const fs = require("fs"), path = require("path"), vm = require("vm")

const [site, indexFile, ...rest] = process.argv.slice(2)
const askWhenWhole = rest[0] === "--whole"
const queries = askWhenWhole ? rest.slice(1) : rest
const assets = path.join(site, "assets", "javascripts")
const workers = path.join(assets, "workers")
const workerFile = fs.readdirSync(workers).find(name => /^search\..*\.js$/.test(name))

const listeners = [], posted = []
const scope = {
  console, setTimeout, clearTimeout, performance, URL,
  MessageEvent: class { constructor(type, init) { this.type = type; this.data = init.data } },
  addEventListener: (type, listener) => listeners.push(listener),
  dispatchEvent: event => listeners.forEach(listener => listener(event)),
  postMessage: message => posted.push(message),
  importScripts: (...urls) => urls.forEach(url => {
    const file = path.resolve(workers, url)
    vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file })
  }),
}
scope.self = scope
const context = vm.createContext(scope)
vm.runInContext(fs.readFileSync(path.join(workers, workerFile), "utf8"), context)

const tick = () => new Promise(resolve => setTimeout(resolve, 1))
const send = data => Promise.all(listeners.map(listener => listener({ data })))

;(async () => {
  const index = JSON.parse(fs.readFileSync(indexFile, "utf8"))
  const whole = async () => {
    for (let waited = 0; !posted.some(m => m.data === "whole"); waited++) {
      if (waited > 5000) throw new Error("the whole index was never in place")
      await tick()
    }
  }
  await send({ type: 0, data: { ...index, options: { suggest: false } } })  // setup
  if (askWhenWhole) await whole()
  for (const query of queries) await send({ type: 2, data: query })  // query
  await whole()
  for (let i = 0; i < 20; i++) await tick()  // a query asked again
  console.log(JSON.stringify(posted.map(message => ({
    type: message.type,
    data: message.type === 3 ? message.data.items.map(group => group[0].location) : message.data,
  }))))
})().catch(err => { console.error(err); process.exit(1) })
