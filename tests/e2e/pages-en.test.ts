import { pageTests } from './pages.suite';

// The page tests in Indonesian and English are two files, so they run side by side.
pageTests(['en'], false);
