// Compiles every .sol file under SOURCE_DIR (sub-folders included) with the pinned solc (optimizer
// on, 200 runs, evmVersion cancun) into OUT_DIR/<Name>.json, one file per contract, library and
// interface, holding the ABI, the creation and the deployed bytecode and the compiler version.
// OUT_DIR then holds exactly those files: an artifact whose contract is gone is deleted.
//
//   node compile-contracts.js SOURCE_DIR OUT_DIR
//
// Run it through compile-contracts.sh, which installs the pinned solc first. Imports are relative
// to the importing file ("./L2State.sol"). A test-only contract may also import a production one by
// its path from the repository root ("mini-rollup/contracts/L2Rules.sol", as solc's --base-path
// does); only the contracts of files inside SOURCE_DIR get artifacts.
const fs = require('fs');
const path = require('path');
const solc = require('solc');

if (process.argv.length !== 4) {
  console.error('usage: node compile-contracts.js SOURCE_DIR OUT_DIR');
  process.exit(2);
}
const [sourceDir, outDir] = process.argv.slice(2).map((p) => path.resolve(p));
const repo = path.resolve(__dirname, '..', '..');

/** Paths of the .sol files under dir, relative to sourceDir, with '/' separators, sorted. */
function solidityFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return solidityFiles(full);
      return entry.name.endsWith('.sol') ? [path.relative(sourceDir, full).split(path.sep).join('/')] : [];
    })
    .sort();
}

const sources = {};
for (const file of solidityFiles(sourceDir)) {
  sources[file] = { content: fs.readFileSync(path.join(sourceDir, file), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
/** Reads an imported file that is not in SOURCE_DIR, by its path from the repository root. */
function importFromRepository(importPath) {
  const file = path.resolve(repo, importPath);
  if (!file.startsWith(repo + path.sep) || !fs.existsSync(file)) {
    return { error: `${importPath} is not a file in the repository ${repo}` };
  }
  return { contents: fs.readFileSync(file, 'utf8') };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: importFromRepository }));
const problems = output.errors || [];
problems.filter((e) => e.severity !== 'error').forEach((e) => console.warn(e.formattedMessage));
const errors = problems.filter((e) => e.severity === 'error');
if (errors.length > 0) {
  errors.forEach((e) => console.error(e.formattedMessage));
  process.exit(1);
}

const written = new Map(); // file name -> source file, to refuse two contracts with one name
fs.mkdirSync(outDir, { recursive: true });
for (const [file, contracts] of Object.entries(output.contracts)) {
  if (!(file in sources)) continue; // imported from outside SOURCE_DIR: its own folder has its artifacts
  for (const [name, c] of Object.entries(contracts)) {
    const fileName = name + '.json';
    if (written.has(fileName)) {
      console.error(`two contracts are named ${name}: in ${written.get(fileName)} and in ${file}`);
      process.exit(1);
    }
    written.set(fileName, file);
    const artifact = {
      contractName: name,
      sourceFile: file,
      compiler: 'solc ' + solc.version(),
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, fileName), JSON.stringify(artifact, null, 2) + '\n');
  }
}
for (const stale of fs.readdirSync(outDir).filter((f) => f.endsWith('.json') && !written.has(f))) {
  fs.unlinkSync(path.join(outDir, stale));
  console.log('deleted ' + stale + ' (no such contract any more)');
}
console.log(`compiled ${Object.keys(sources).length} source files into ${written.size} artifacts in ${outDir}`);
