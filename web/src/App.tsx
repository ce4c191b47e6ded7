// Providers: preferences → antd theme and locale (with the CSP nonce) → data fetching → routes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api/problem.ts';
import { PreferencesProvider, usePreferences } from './preferences/PreferencesContext.tsx';
import { router } from './routes.tsx';
import { buildTheme } from './theme/theme.ts';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Client errors (4xx) will not heal by retrying; network and 5xx errors get two more tries.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

function ThemedApp({ nonce }: { nonce: string | undefined }) {
  const { lang, elder } = usePreferences();
  const csp = nonce ? { nonce } : undefined;
  return (
    // Every <style> antd injects carries the nonce, so `style-src 'self' 'nonce-…'` suffices.
    <ConfigProvider
      csp={csp}
      locale={lang === 'zh-CN' ? zhCN : enUS}
      theme={buildTheme(elder)}
      button={{ autoInsertSpace: false }}
    >
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

export function App({ nonce }: { nonce: string | undefined }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <ThemedApp nonce={nonce} />
      </PreferencesProvider>
    </QueryClientProvider>
  );
}
