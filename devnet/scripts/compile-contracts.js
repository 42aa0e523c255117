// Compiles every .sol file under devnet/src/main/solidity with the pinned solc (optimizer on,
// 200 runs, evmVersion cancun) into devnet/src/main/resources/contracts/<Name>.json holding the ABI
// and the creation bytecode. Run through compile-contracts.sh, which installs the pinned solc first.
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const sourceDir = path.join(__dirname, '..', 'src', 'main', 'solidity');
const outDir = path.join(__dirname, '..', 'src', 'main', 'resources', 'contracts');
const sources = {};
for (const file of fs.readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort()) {
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
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  errors.forEach((e) => console.error(e.formattedMessage));
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    const artifact = {
      contractName: name,
      sourceFile: file,
      compiler: 'solc ' + solc.version(),
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    console.log('wrote contracts/' + name + '.json');
  }
}
