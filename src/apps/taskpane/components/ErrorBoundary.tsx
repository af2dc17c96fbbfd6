import { Component, type ReactNode } from "react";
import { ReportErrorBar } from "./ReportErrorBar";

interface State {
  error: unknown;
  failed: boolean;
}

/** A render error shows a message instead of leaving the clerk with a blank pane. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  render(): ReactNode {
    return this.state.failed ? <ReportErrorBar error={this.state.error} /> : this.props.children;
  }
}
