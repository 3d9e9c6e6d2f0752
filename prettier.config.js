// Microsoft's Office add-in Prettier settings (print width 100, ES5 trailing commas).
module.exports = require("office-addin-prettier-config");
