// ESLint: Microsoft's Office add-in config (Office.js rules such as load-object-before-read,
// call-sync-before-read, no-context-sync-in-loop, test-for-null-using-isNullObject; Prettier; React).
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");
const globals = require("globals");

module.exports = [
  { ignores: ["dist/**", "node_modules/**", "test/artifacts/**", "demo-output/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.node,
        ...globals.browser,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript checks names itself (strict mode), with the types ESLint's core rules cannot see;
      // the core no-unused-vars also misreads parameter names in function types of .tsx files.
      "no-undef": "off",
      "no-unused-vars": "off",
      // React 19's automatic JSX runtime needs no React import.
      "react/react-in-jsx-scope": "off",
    },
  },
];
